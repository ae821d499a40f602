using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Governance.Expressions;

namespace Governance.Benchmarks.Expressions;

/// <summary>Cold compile (fresh process, empty cache) of 50 distinct expressions as one compilation: target &lt; 1.5 s.
/// Each launch is a new process and measures its first and only call, so Roslyn's own JIT cost is included.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdCompileBenchmarks
{
    private string _cache = "";

    [GlobalSetup]
    public void Setup() => _cache = Path.Combine(Path.GetTempPath(), "gov-bench-cold-" + Guid.NewGuid().ToString("N"));

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_cache, recursive: true);

    [Benchmark]
    public int Compile50()
    {
        using var engine = RoslynConditionEngine.Create([BenchPolicies.Fifty(Environment.ProcessId)], new ExpressionOptions { CacheDirectory = _cache });
        return engine.GetHashCode();
    }
}
