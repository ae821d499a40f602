using BenchmarkDotNet.Attributes;
using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Expressions;
using Governance.Expressions.Runtime;

namespace Governance.Benchmarks.Expressions;

/// <summary>Per-call cost of a compiled expression (target &lt; 1 µs), against the same condition as a C# lambda,
/// and a whole guarded <see cref="RoslynConditionEngine.Evaluate"/> (context views + worker-thread hand-off).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class ExpressionCallBenchmarks
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "gov-bench-call-" + Environment.ProcessId);
    private RoslynConditionEngine _engine = null!;
    private CompiledPolicySet _compiled = null!;
    private ExpressionGlobals _globals = null!;
    private Policy _policy = null!;
    private Rule _rule = null!;
    private EvaluationScope _scope = null!;
    private Func<EvaluationScope, bool> _lambda = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = BenchPolicies.WithExpressions();
        _rule = _policy.Rules.Single(r => r.Id == "latency");
        _scope = BenchPolicies.Scope();
        _engine = RoslynConditionEngine.Create([_policy], new ExpressionOptions { CacheDirectory = _cache });
        _compiled = _engine.Compiled!;
        _globals = _compiled.Globals(_scope, _rule);
        _lambda = s => s.Evidence.Evaluations.Last(e => e.Metric == "latency_p95_ms").Value < 800;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public bool NativeLambda() => _lambda(_scope);

    [Benchmark]
    public bool CompiledDelegate() => _compiled.Evaluate(_engine.IndexOf(_rule), _globals);

    [Benchmark]
    public bool GuardedEngineEvaluate() =>
        _engine.Evaluate(new ConditionRequest(_policy, _rule, "Evaluations.Latest(\"latency_p95_ms\") < 800", false, _scope)).Value;
}
