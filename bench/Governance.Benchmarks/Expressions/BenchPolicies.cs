using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Benchmarks.Expressions;

/// <summary>A realistic production policy with and without C# expressions, fixed evidence, and 50 distinct expressions.</summary>
internal static class BenchPolicies
{
    public static readonly DateTimeOffset Time = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly Digest Model = Digest.Of("support-bot v7"u8);
    public static readonly Subject Subject = new("support-bot", Model, "production", "abc123");

    public static readonly EvidenceSet Evidence = new()
    {
        Context = new DecisionContext("abc123", "dave", "erin", Time, new Dictionary<string, string> { ["size"] = "xl" }),
        Approvals =
        [
            new ApprovalRecord("alice", ["acme/ml-governance"], Model, null, Time.AddDays(-2), ApprovalState.Approved, EvidenceOrigin.Unsigned("a")),
            new ApprovalRecord("bob", ["acme/ml-governance"], Model, null, Time.AddDays(-1), ApprovalState.Approved, EvidenceOrigin.Unsigned("b")),
        ],
        Evaluations =
        [
            new EvaluationRecord("accuracy", 0.91, null, Model, Time.AddDays(-1), EvidenceOrigin.Unsigned("e1")),
            new EvaluationRecord("latency_p95_ms", 640, null, Model, Time.AddDays(-1), EvidenceOrigin.Unsigned("e2")),
        ],
    };

    private static readonly SourceLocation At = new("policies/prod.yaml", 1, 1);

    /// <summary>Declarative rules only.</summary>
    public static Policy Plain() => Policy("plain", Declarative());

    /// <summary>The same rules plus a <c>when</c> and two expression requirements.</summary>
    public static Policy WithExpressions() => Policy("expr",
    [
        .. Declarative(),
        new Rule("xl-approvals", new ApprovalRequirement(2, new PrincipalSet(["acme/ml-governance"], [])), RuleMode.Enforce, At) { When = "Model.Labels[\"size\"] == \"xl\"", WhenLocation = At },
        new Rule("latency", new ExpressionRequirement("Evaluations.Latest(\"latency_p95_ms\") < 800", At), RuleMode.Enforce, At),
        new Rule("fresh-approvals", new ExpressionRequirement("Approvals.All(a => Now - a.Time < TimeSpan.FromDays(14)) && Approvals.From(\"acme/ml-governance\").Count >= 2", At), RuleMode.Enforce, At),
    ]);

    /// <summary>50 distinct realistic expressions (constants vary, so nothing is shared).</summary>
    public static Policy Fifty(int salt) => Policy("fifty", [.. Enumerable.Range(0, 50).Select(i => new Rule("r" + i, new ExpressionRequirement(Expression(i, salt), At), RuleMode.Enforce, At))]);

    public static EvaluationScope Scope() => new(Subject, Evidence, Time, EvaluationOptions.Default);

    private static string Expression(int i, int salt) => (i % 5) switch
    {
        0 => $"Evaluations.Latest(\"accuracy\") >= 0.{80 + i}{salt} && Environment == \"production\"",
        1 => $"Approvals.Count(a => a.Teams.Contains(\"acme/team-{i}\")) >= {i % 3} || Model.Name.StartsWith(\"bot-{salt}\")",
        2 => $"Approvals.Any(a => Now - a.Time < TimeSpan.FromDays({i + 1})) || Evaluations.Latest(\"latency_p95_ms\") < {800 + i + salt}",
        3 => $"Model.Labels[\"size\"] == \"xl\" ? Approvals.From(\"acme/ml-governance\").Count >= {i % 4} : Lineage.Sources.Count < {i + salt}",
        _ => $"Attestations.Has(\"https://example.com/p{i}/{salt}\") || Math.Abs(Evaluations.Latest(\"accuracy\") - 0.9) < 0.0{i}1",
    };

    private static Policy Policy(string name, IReadOnlyList<Rule> rules) =>
        new(new PolicyMetadata(name, null, []), PolicySelector.Any, rules, null, name + ".yaml", Digest.Of("p"u8));

    private static Rule[] Declarative() =>
    [
        new Rule("two-approvals", new ApprovalRequirement(2, new PrincipalSet(["acme/ml-governance"], [])), RuleMode.Enforce, At),
        new Rule("accuracy", new EvaluationRequirement("accuracy", Min: 0.85), RuleMode.Enforce, At),
    ];
}
