using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Expressions;

namespace Governance.Benchmarks.Expressions;

/// <summary>A whole check in a fresh process: evaluating a policy without expressions, against the same policy with
/// a <c>when</c> and two expressions whose compiled assembly comes from the disk cache (target ≤ 1.5×).
/// The setup touches no engine code once the cache exists, so the measured call pays the real cold path
/// (cache read, load context, JIT of the engine); the first launch fills the cache, hence the median is reported.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 9, warmupCount: 0, iterationCount: 1)]
public class CachedCheckBenchmarks
{
    private static readonly string Cache = Path.Combine(Path.GetTempPath(), "gov-bench-cached-check");

    [GlobalSetup(Target = nameof(CheckWithCachedExpressions))]
    public void Fill()
    {
        if (!Directory.Exists(Path.Combine(Cache, "expressions")))
        {
            ExpressionPrecompiler.Build([BenchPolicies.WithExpressions()], new ExpressionOptions { CacheDirectory = Cache });
        }
    }

    [Benchmark(Baseline = true)]
    public Verdict CheckWithoutExpressions() =>
        new PolicyEvaluator(TimeProvider.System).Evaluate([BenchPolicies.Plain()], BenchPolicies.Subject, BenchPolicies.Evidence).Verdict;

    [Benchmark]
    public Verdict CheckWithCachedExpressions()
    {
        Policy[] policies = [BenchPolicies.WithExpressions()];
        using var engine = RoslynConditionEngine.Create(policies, new ExpressionOptions { CacheDirectory = Cache });
        return new PolicyEvaluator(TimeProvider.System, engine).Evaluate(policies, BenchPolicies.Subject, BenchPolicies.Evidence).Verdict;
    }
}
