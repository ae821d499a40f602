using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Governance.Expressions.Compilation;

/// <summary>The generated C# for a policy set: class <c>PolicySet</c> deriving from <c>ExpressionGlobals</c>, with per
/// expression i a body <c>B{i}</c> holding the expression text verbatim on its own lines, a static entry point
/// <c>E{i}</c>, and an explain method <c>X{i}</c>/<c>Y{i}</c>. Records where each text and explain body sits.</summary>
internal sealed class GeneratedSource
{
    private const string Globals = "global::Governance.Expressions.Runtime.ExpressionGlobals";
    private const string Recorder = "global::Governance.Expressions.Runtime.ExplainRecorder";

    private GeneratedSource(string text, IReadOnlyList<TextSpan> expressions, IReadOnlyList<TextSpan> explains)
    {
        Text = text;
        Expressions = expressions;
        Explains = explains;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>Where expression i's text sits.</summary>
    public IReadOnlyList<TextSpan> Expressions { get; }

    /// <summary>Where expression i's explain body sits.</summary>
    public IReadOnlyList<TextSpan> Explains { get; }

    /// <summary>Number of members the class must declare.</summary>
    public static int MemberCount(int expressions) => 3 + (4 * expressions);

    /// <summary>Builds the source from the expression texts (null for a rejected one) and explain bodies.</summary>
    public static GeneratedSource Build(IReadOnlyList<string?> texts, IReadOnlyList<string> explains)
    {
        var code = new StringBuilder();
        code.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\n")
            .Append("namespace Governance.Expressions.Generated\n{\n")
            .Append("public sealed class PolicySet : ").Append(Globals).Append("\n{\n")
            .Append("public const int Count = ").Append(texts.Count).Append(";\n")
            .Append("private PolicySet(global::Governance.Core.Evaluation.EvaluationScope scope, global::Governance.Core.Policies.Rule rule) : base(scope, rule) { }\n")
            .Append("public static ").Append(Globals).Append(" Create(global::Governance.Core.Evaluation.EvaluationScope scope, global::Governance.Core.Policies.Rule rule) => new PolicySet(scope, rule);\n");
        var expressions = new List<TextSpan>(texts.Count);
        var explainSpans = new List<TextSpan>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            code.Append("\npublic static bool E").Append(i).Append('(').Append(Globals).Append(" g) => ((PolicySet)g).B").Append(i).Append("();\n")
                .Append("private bool B").Append(i).Append("() => (\n");
            var start = code.Length;
            code.Append(texts[i] ?? "false");
            expressions.Add(new TextSpan(start, code.Length - start));
            code.Append("\n);\n")
                .Append("public static void X").Append(i).Append('(').Append(Globals).Append(" g, ").Append(Recorder).Append(" r) => ((PolicySet)g).Y").Append(i).Append("(r);\n")
                .Append("private void Y").Append(i).Append('(').Append(Recorder).Append(" __r)\n{\n");
            start = code.Length;
            code.Append(texts[i] is null ? "" : explains[i]);
            explainSpans.Add(new TextSpan(start, code.Length - start));
            code.Append("\n}\n");
        }

        code.Append("}\n}\n");
        return new GeneratedSource(code.ToString(), expressions, explainSpans);
    }

    /// <summary>The index of the expression whose text contains <paramref name="position"/>, or -1.</summary>
    public int ExpressionAt(int position) => IndexAt(Expressions, position);

    /// <summary>The index of the explain body that contains <paramref name="position"/>, or -1.</summary>
    public int ExplainAt(int position) => IndexAt(Explains, position);

    private static int IndexAt(IReadOnlyList<TextSpan> spans, int position)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (position >= spans[i].Start && position <= spans[i].End)
            {
                return i;
            }
        }

        return -1;
    }
}
