using Governance.Core.Evaluation;
using Governance.Expressions.Tests.Support;

namespace Governance.Expressions.Tests.Caching;

/// <summary>Runs in a fresh process: creates the engine for <see cref="Policy"/> from the given cache, evaluates it
/// through Core's evaluator and prints whether any Roslyn assembly got loaded.</summary>
internal static class Probe
{
    public static readonly Core.Policies.Policy Policy = Fixture.Policy(
        Fixture.ExpressionRule("latency", "Evaluations.Latest(\"latency_p95_ms\") < 800"),
        Fixture.ExpressionRule("xl-approvals", "Approvals.Count >= 2", line: 20, when: "Model.Labels[\"size\"] == \"xl\""));

    public static int Cached(string cache)
    {
        using var engine = RoslynConditionEngine.Create([Policy], new ExpressionOptions { CacheDirectory = cache });
        var decision = new PolicyEvaluator(TimeProvider.System, engine).Evaluate([Policy], Fixture.Subject, Fixture.Evidence);
        var roslyn = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetName().Name ?? "")
            .Where(n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Console.WriteLine($"fromCache={engine.FromCache} verdict={decision.Verdict} outcomes={string.Join(",", decision.Rules.Select(r => r.Outcome))} roslyn=[{string.Join(",", roslyn)}]");
        return 0;
    }
}
