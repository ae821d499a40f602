using System.Runtime.CompilerServices;
using Governance.Expressions.Explain;
using Governance.Expressions.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Expressions.Compilation;

/// <summary>Compiles all expressions of a policy set as one <see cref="CSharpCompilation"/>: parse each alone (an expression
/// and nothing else), apply the grammar rules, generate one class, bind, check every bound symbol against the allow-list,
/// then emit. The only class that touches Roslyn on the way to an engine; it is reached on a cache miss only.</summary>
internal static class ExpressionCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        checkOverflow: true,
        nullableContextOptions: NullableContextOptions.Disable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        deterministic: true,
        concurrentBuild: false);

    /// <summary>Checks (and when <paramref name="emit"/> is true, emits) the set's expressions.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static CompileResult Compile(ExpressionSet set, string assemblyName, bool emit)
    {
        var problems = new List<(int Index, int Offset, string Reason)>();
        var texts = new string?[set.Texts.Count];
        var explains = new string[set.Texts.Count];
        for (var i = 0; i < set.Texts.Count; i++)
        {
            var before = problems.Count;
            Parse(set.Texts[i], i, problems, out var parsed);
            texts[i] = problems.Count == before ? set.Texts[i] : null;
            explains[i] = parsed is null || texts[i] is null ? "" : ExplainGenerator.Body(parsed, "__r");
        }

        var source = GeneratedSource.Build(texts, explains);
        var compilation = Bind(source, assemblyName, problems, out var failedExplains);
        if (failedExplains.Count > 0 && problems.Count == 0)
        {
            // An explanation that does not compile must never block a valid expression: drop it and bind again.
            foreach (var index in failedExplains)
            {
                explains[index] = "";
            }

            source = GeneratedSource.Build(texts, explains);
            compilation = Bind(source, assemblyName, problems, out _);
        }

        if (problems.Count > 0 || !emit)
        {
            return new CompileResult(null, Locate(set, problems));
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            Collect(emitted.Diagnostics, source, problems, []);
            return new CompileResult(null, Locate(set, problems));
        }

        return new CompileResult(image.ToArray(), []);
    }

    private static void Parse(string text, int index, List<(int, int, string)> problems, out ExpressionSyntax? parsed)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add((index, 0, "the expression is empty"));
            return;
        }

        parsed = SyntaxFactory.ParseExpression(text, options: ParseOptions);
        foreach (var diagnostic in parsed.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add((index, diagnostic.Location.SourceSpan.Start, $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (SyntaxFactory.ParseTokens(text, options: ParseOptions).Any(t => t.LeadingTrivia.Concat(t.TrailingTrivia).Any(v => v.IsDirective)))
        {
            problems.Add((index, 0, "preprocessor directives are not allowed in policy expressions"));
        }

        foreach (var (offset, reason) in SyntaxRules.Check(parsed))
        {
            problems.Add((index, offset, reason));
        }
    }

    private static CSharpCompilation Bind(GeneratedSource source, string assemblyName, List<(int, int, string)> problems, out HashSet<int> failedExplains)
    {
        var tree = CSharpSyntaxTree.ParseText(source.Text, ParseOptions);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Get(), Options);
        var model = compilation.GetSemanticModel(tree);
        failedExplains = [];
        var bodies = Bodies(tree, source);
        if (bodies is null)
        {
            problems.Add((0, 0, "an expression escaped its method: it must be a single C# expression"));
            return compilation;
        }

        Collect(model.GetDiagnostics(), source, problems, failedExplains);
        for (var i = 0; i < bodies.Count; i++)
        {
            foreach (var (position, reason) in SemanticRules.Check(bodies[i], model))
            {
                problems.Add((i, position - source.Expressions[i].Start, reason));
            }
        }

        return compilation;
    }

    /// <summary>The bound body of each expression, or null when the generated class is not shaped as generated.</summary>
    private static List<ExpressionSyntax>? Bodies(SyntaxTree tree, GeneratedSource source)
    {
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().SingleOrDefault();
        if (type is null || type.Members.Count != GeneratedSource.MemberCount(source.Expressions.Count))
        {
            return null;
        }

        var bodies = new List<ExpressionSyntax>(source.Expressions.Count);
        var methods = type.Members.OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.ValueText, StringComparer.Ordinal);
        for (var i = 0; i < source.Expressions.Count; i++)
        {
            if (!methods.TryGetValue("B" + i, out var method)
                || method.ExpressionBody?.Expression is not ParenthesizedExpressionSyntax { Expression: var body }
                || !source.Expressions[i].Contains(body.Span))
            {
                return null;
            }

            bodies.Add(body);
        }

        return bodies;
    }

    private static void Collect(IEnumerable<Diagnostic> diagnostics, GeneratedSource source, List<(int, int, string)> problems, HashSet<int> failedExplains)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var position = diagnostic.Location.SourceSpan.Start;
            var message = $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            var index = source.ExpressionAt(position);
            if (index >= 0)
            {
                problems.Add((index, position - source.Expressions[index].Start, message));
            }
            else if (source.ExplainAt(position) is var explain and >= 0)
            {
                failedExplains.Add(explain);
            }
            else
            {
                problems.Add((0, 0, $"internal error in generated code: {message}"));
            }
        }
    }

    private static List<ExpressionDiagnostic> Locate(ExpressionSet set, List<(int Index, int Offset, string Reason)> problems)
    {
        var located = new List<ExpressionDiagnostic>();
        foreach (var (index, offset, reason) in problems.Distinct())
        {
            var text = set.Texts[index];
            foreach (var occurrence in set.Occurrences.Where(o => o.Text == text))
            {
                located.Add(new ExpressionDiagnostic(occurrence.At(offset), $"{reason} (policy {occurrence.Policy}, rule {occurrence.RuleId}, {(occurrence.IsWhen ? "when" : "expression")})"));
            }
        }

        return [.. located.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
    }
}
