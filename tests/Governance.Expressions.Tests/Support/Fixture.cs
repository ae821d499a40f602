using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Expressions.Tests.Support;

/// <summary>Fixed evidence for a support-bot deployment to production, and policy builders.</summary>
internal static class Fixture
{
    public static readonly DateTimeOffset Time = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly Digest Model = Digest.Of("support-bot v7"u8);
    public static readonly Digest Base = Digest.Of("base model"u8);
    public static readonly Digest Other = Digest.Of("another model"u8);
    public static readonly Subject Subject = new("support-bot", Model, "production", "abc123");

    public static EvidenceSet Evidence { get; } = new()
    {
        Context = new DecisionContext("abc123", "dave", "erin", Time, new Dictionary<string, string> { ["size"] = "xl", ["tier"] = "gold" }),
        Approvals =
        [
            Approval("alice", ["acme/ml-governance"], 10),
            Approval("bob", ["acme/ml-governance", "acme/security"], 8),
            Approval("carol", ["acme/risk"], 3),
            Approval("dave", ["acme/ml-governance"], 2),
            new ApprovalRecord("mallory", ["acme/ml-governance"], Other, null, Time.AddDays(-1), ApprovalState.Approved, Origin("mallory")),
        ],
        Evaluations =
        [
            new EvaluationRecord("accuracy", 0.88, "support-eval", Model, Time.AddDays(-20), Origin("acc-old")),
            new EvaluationRecord("accuracy", 0.91, "support-eval", Model, Time.AddDays(-5), Origin("acc")),
            new EvaluationRecord("latency_p95_ms", 912, null, Model, Time.AddDays(-4), Origin("latency")),
            new EvaluationRecord("toxicity_rate", 0.004, "realtoxicityprompts", Model, Time.AddDays(-6), Origin("tox")),
            new EvaluationRecord("accuracy", 0.5, "support-eval", Other, Time.AddDays(-1), Origin("other")),
        ],
        Attestations =
        [
            new AttestationRecord("https://governance.dev/attestations/model-card/v1", "release@acme.example", Model, Time.AddDays(-3),
                new EvidenceOrigin(EvidenceSource.Ledger, "ledger:7", "release@acme.example")),
        ],
        Datasets =
        [
            new DatasetRecord("ds:support-2026-05", null, Time.AddDays(-60), Origin("ds1")),
            new DatasetRecord("ds:web-crawl", null, Time.AddDays(-300), Origin("ds2")),
        ],
        Training =
        [
            new TrainingRecord("pretraining", ["ds:web-crawl"], Base, Time.AddDays(-200), Origin("t1")),
            new TrainingRecord("sft", ["ds:support-2026-05", Base.Value], Model, Time.AddDays(-30), Origin("t2")),
        ],
        Flags = [new DatasetFlag("ds:web-crawl", "contains PII", Time.AddDays(-40), Origin("flag"))],
    };

    public static EvaluationScope Scope() => new(Subject, Evidence, Time, EvaluationOptions.Default);

    public static Rule ExpressionRule(string id, string expression, int line = 10, string? when = null, RuleMode mode = RuleMode.Enforce) =>
        new(id, new ExpressionRequirement(expression, new SourceLocation("policies/prod.yaml", line, 19)), mode, new SourceLocation("policies/prod.yaml", line - 1, 7))
        {
            When = when,
            WhenLocation = when is null ? null : new SourceLocation("policies/prod.yaml", line - 1, 13),
        };

    public static Policy Policy(params Rule[] rules) => Policy("production-llm", rules);

    public static Policy Policy(string name, params Rule[] rules) =>
        new(new PolicyMetadata(name, null, []), PolicySelector.Any, rules, null, $"policies/{name}.yaml", Digest.Of("policy"u8));

    /// <summary>One policy with one expression rule per text (ids r0, r1, …).</summary>
    public static Policy PolicyOf(IEnumerable<string> expressions) =>
        Policy([.. expressions.Select((e, i) => ExpressionRule("r" + i, e, 10 + (3 * i)))]);

    private static ApprovalRecord Approval(string who, string[] teams, int daysAgo) =>
        new(who, teams, Model, null, Time.AddDays(-daysAgo), ApprovalState.Approved, Origin("approval-" + who));

    private static EvidenceOrigin Origin(string reference) => EvidenceOrigin.Unsigned(reference);
}
