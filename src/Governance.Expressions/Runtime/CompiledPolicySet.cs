using System.Reflection;
using Governance.Core.Evaluation;
using Governance.Core.Policies;

namespace Governance.Expressions.Runtime;

/// <summary>A policy set's compiled expressions, loaded into a collectible context and bound to delegates.</summary>
internal sealed class CompiledPolicySet : IDisposable
{
    /// <summary>The generated class's full name.</summary>
    public const string TypeName = "Governance.Expressions.Generated.PolicySet";

    private readonly ExpressionLoadContext _context;
    private readonly Func<EvaluationScope, Rule, ExpressionGlobals> _create;
    private readonly Func<ExpressionGlobals, bool>[] _evaluate;
    private readonly Action<ExpressionGlobals, ExplainRecorder>[] _explain;

    private CompiledPolicySet(
        ExpressionLoadContext context,
        Func<EvaluationScope, Rule, ExpressionGlobals> create,
        Func<ExpressionGlobals, bool>[] evaluate,
        Action<ExpressionGlobals, ExplainRecorder>[] explain)
    {
        _context = context;
        _create = create;
        _evaluate = evaluate;
        _explain = explain;
    }

    /// <summary>Number of compiled expressions.</summary>
    public int Count => _evaluate.Length;

    /// <summary>Loads an emitted assembly; null when it is not a valid policy-set assembly with <paramref name="count"/> expressions.</summary>
    public static CompiledPolicySet? TryLoad(byte[] image, int count, string name)
    {
        var context = new ExpressionLoadContext(name);
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            var type = context.LoadFromStream(stream).GetType(TypeName, throwOnError: true)!;
            if (type.GetField("Count")?.GetRawConstantValue() is not int compiled || compiled != count)
            {
                context.Unload();
                return null;
            }

            var create = Bind<Func<EvaluationScope, Rule, ExpressionGlobals>>(type, "Create");
            var evaluate = new Func<ExpressionGlobals, bool>[count];
            var explain = new Action<ExpressionGlobals, ExplainRecorder>[count];
            for (var i = 0; i < count; i++)
            {
                evaluate[i] = Bind<Func<ExpressionGlobals, bool>>(type, "E" + i);
                explain[i] = Bind<Action<ExpressionGlobals, ExplainRecorder>>(type, "X" + i);
            }

            return new CompiledPolicySet(context, create, evaluate, explain);
        }
        catch (Exception ex) when (ex is BadImageFormatException or TypeLoadException or MissingMethodException or ArgumentException or FileLoadException)
        {
            context.Unload();
            return null;
        }
    }

    /// <summary>Creates the globals an expression of <paramref name="rule"/> sees in <paramref name="scope"/>.</summary>
    public ExpressionGlobals Globals(EvaluationScope scope, Rule rule) => _create(scope, rule);

    /// <summary>Runs expression <paramref name="index"/>.</summary>
    public bool Evaluate(int index, ExpressionGlobals globals) => _evaluate[index](globals);

    /// <summary>Records why expression <paramref name="index"/> is false.</summary>
    public void Explain(int index, ExpressionGlobals globals, ExplainRecorder recorder) => _explain[index](globals, recorder);

    /// <summary>Starts unloading the collectible context (completes once no delegate is in use).</summary>
    public void Dispose() => _context.Unload();

    private static T Bind<T>(Type type, string name)
        where T : Delegate =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)?.CreateDelegate<T>()
        ?? throw new MissingMethodException(type.FullName, name);
}
