using System.Runtime.CompilerServices;
using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Expressions.Caching;
using Governance.Expressions.Compilation;
using Governance.Expressions.Runtime;

namespace Governance.Expressions;

/// <summary>Evaluates the <c>when</c> conditions and <c>expression</c> requirements of a policy set, compiled once with
/// Roslyn (or loaded from the disk cache), under a time and memory budget that fails closed.</summary>
public sealed class RoslynConditionEngine : IConditionEngine, IDisposable
{
    private readonly ExpressionSet _set;
    private readonly CompiledPolicySet? _compiled;
    private readonly GuardedRunner _runner;
    private readonly ExpressionOptions _options;
    private readonly ConditionalWeakTable<EvaluationScope, DecisionBudget> _budgets = [];

    private RoslynConditionEngine(ExpressionSet set, CompiledPolicySet? compiled, string? cachePath, bool fromCache, ExpressionOptions options)
    {
        _set = set;
        _compiled = compiled;
        _options = options;
        _runner = new GuardedRunner(options.TimeProvider ?? TimeProvider.System, options.MemoryBudgetBytes);
        CachePath = cachePath;
        FromCache = fromCache;
    }

    /// <summary>The cache entry used, or null when the policies have no expressions.</summary>
    internal string? CachePath { get; }

    /// <summary>True when the compiled set was loaded from the cache.</summary>
    internal bool FromCache { get; }

    /// <summary>The loaded assembly's delegates (benchmarks call them directly).</summary>
    internal CompiledPolicySet? Compiled => _compiled;

    /// <summary>The method index of <paramref name="rule"/>'s expression requirement, or -1.</summary>
    internal int IndexOf(Rule rule) => rule.Requirement is ExpressionRequirement e ? _set.IndexOf(e.Expression) : -1;

    /// <summary>Compiles the expressions of <paramref name="policies"/>, or loads them from the cache.</summary>
    /// <exception cref="ExpressionCompilationException">An expression does not compile or uses a symbol outside the allow-list.</exception>
    public static RoslynConditionEngine Create(IReadOnlyList<Policy> policies, ExpressionOptions? options = null)
    {
        options ??= ExpressionOptions.Default;
        var set = ExpressionSet.Of(policies);
        if (set.Texts.Count == 0)
        {
            return new RoslynConditionEngine(set, null, null, false, options);
        }

        var (compiled, path, fromCache) = CompiledCache.LoadOrCompile(set, options);
        return new RoslynConditionEngine(set, compiled, path, fromCache, options);
    }

    /// <inheritdoc />
    public ConditionResult Evaluate(ConditionRequest request)
    {
        var index = _set.IndexOf(request.Expression);
        if (index < 0 || _compiled is null)
        {
            return ConditionResult.Failed($"`{request.Expression}` is not part of the compiled policy set");
        }

        var budget = _budgets.GetValue(request.Scope, _ => new DecisionBudget(_options.Budget));
        if (budget.Remaining <= TimeSpan.Zero)
        {
            return ConditionResult.Failed($"the time budget of {_options.Budget.TotalSeconds:0.###} s for C# conditions is used up (failed closed)");
        }

        var compiled = _compiled;
        var (result, elapsed) = _runner.Run(() => Run(compiled, index, request), budget.Remaining);
        budget.Spend(elapsed);
        return result;
    }

    /// <summary>Stops the worker thread and unloads the compiled assembly.</summary>
    public void Dispose()
    {
        _runner.Dispose();
        _compiled?.Dispose();
    }

    private static ConditionResult Run(CompiledPolicySet compiled, int index, ConditionRequest request)
    {
        var globals = compiled.Globals(request.Scope, request.Rule);
        if (compiled.Evaluate(index, globals))
        {
            return ConditionResult.Of(true);
        }

        var recorder = new ExplainRecorder();
        try
        {
            compiled.Explain(index, globals, recorder);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            recorder.Unavailable($"{ex.GetType().Name}: {ex.Message}");
        }

        return ConditionResult.Of(false, recorder.Lines);
    }
}
