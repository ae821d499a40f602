using System.Diagnostics;
using Governance.Expressions.Tests.Support;

namespace Governance.Expressions.Tests.Caching;

/// <summary>Fresh-process measurement of a cold compile of 50 expressions (<c>probe-compile &lt;empty cache dir&gt;</c>).</summary>
internal static class CompileProbe
{
    public static int Run(string cache)
    {
        var texts = Enumerable.Range(0, 50).Select(i => (i % 5) switch
        {
            0 => $"Evaluations.Latest(\"accuracy\") >= 0.{80 + i}1 && Environment == \"production\"",
            1 => $"Approvals.Count(a => a.Teams.Contains(\"acme/team-{i}\")) >= {i % 3} || Model.Name.StartsWith(\"bot-\")",
            2 => $"Approvals.Any(a => Now - a.Time < TimeSpan.FromDays({i + 1})) || Evaluations.Latest(\"latency_p95_ms\") < {800 + i}",
            3 => $"Model.Labels[\"size\"] == \"xl\" ? Approvals.From(\"acme/ml-governance\").Count >= {i % 4} : Lineage.Sources.Count < {i}",
            _ => $"Attestations.Has(\"https://example.com/p{i}\") || Math.Abs(Evaluations.Latest(\"accuracy\") - 0.9) < 0.0{i}1",
        });
        var watch = Stopwatch.StartNew();
        using var engine = RoslynConditionEngine.Create([Fixture.PolicyOf(texts)], new ExpressionOptions { CacheDirectory = cache });
        Console.WriteLine($"cold compile of 50 expressions: {watch.ElapsedMilliseconds} ms");
        return 0;
    }
}
