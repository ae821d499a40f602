using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Testing.Builders;

/// <summary>Builders for test values with sensible defaults: <c>Some.Digest(1)</c>, <c>Some.Approval("alice")</c>, …</summary>
public static class Some
{
    /// <summary>The fixed decision time tests use: 2026-11-22T09:00:00Z.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A deterministic digest numbered <paramref name="n"/>.</summary>
    public static Digest Digest(int n) => Core.Subjects.Digest.Parse("sha256:" + n.ToString("x8", System.Globalization.CultureInfo.InvariantCulture).PadLeft(64, 'a'));

    /// <summary>The default subject: support-bot-v3, digest 1, production, commit c0ffee.</summary>
    public static Subject Subject(string environment = "production", Digest? digest = null) =>
        new("support-bot-v3", digest ?? Digest(1), environment, "c0ffee");

    /// <summary>An unsigned file origin.</summary>
    public static EvidenceOrigin Origin(string reference = "test.json") => new(EvidenceSource.File, reference);

    /// <summary>A signed ledger origin.</summary>
    public static EvidenceOrigin Signed(string signer, int seq = 1) => new(EvidenceSource.Ledger, $"ledger:{seq}", signer);

    /// <summary>An approval of the default subject digest by <paramref name="approver"/> in <paramref name="team"/>, an hour ago.</summary>
    public static ApprovalRecord Approval(string approver, string team = "acme/ml-governance", Digest? digest = null, TimeSpan? age = null, ApprovalState state = ApprovalState.Approved) =>
        new(approver, [team], digest ?? Digest(1), null, Now - (age ?? TimeSpan.FromHours(1)), state, Origin($"test.json#/approvals/{approver}"));

    /// <summary>An evaluation of the default subject digest.</summary>
    public static EvaluationRecord Evaluation(string metric, double value, string? dataset = null, Digest? digest = null, TimeSpan? age = null) =>
        new(metric, value, dataset, digest ?? Digest(1), Now - (age ?? TimeSpan.FromHours(2)), Origin($"test.json#/evaluations/{metric}"));

    /// <summary>A training stage.</summary>
    public static TrainingRecord Training(string stage, Digest output, params string[] inputs) =>
        new(stage, inputs, output, Now - TimeSpan.FromDays(3), Origin($"test.json#/training/{stage}"));

    /// <summary>A registered dataset.</summary>
    public static DatasetRecord Dataset(string id, Digest? digest = null) =>
        new(id, digest, Now - TimeSpan.FromDays(10), Origin($"test.json#/datasets/{id}"));

    /// <summary>A rule with a requirement, enforced by default.</summary>
    public static Rule Rule(string id, Requirement requirement, RuleMode mode = RuleMode.Enforce) =>
        new(id, requirement, mode, new SourceLocation("policy.yaml", 10, 7));

    /// <summary>A policy applying to production support-bot* models.</summary>
    public static Policy Policy(params Rule[] rules) => Policy(null, rules);

    /// <summary>A policy with a waiver section.</summary>
    public static Policy Policy(WaiverPolicy? waivers, params Rule[] rules) => new(
        new PolicyMetadata("production-llm", "test policy", ["acme/ml-governance"]),
        new PolicySelector(["production"], ["support-bot*"]),
        rules,
        waivers,
        "policy.yaml",
        Digest(99));

    /// <summary>Two approvals from acme/ml-governance.</summary>
    public static ApprovalRequirement TwoApprovals(TimeSpan? maxAge = null) =>
        new(2, new PrincipalSet(["acme/ml-governance"], []), MaxAge: maxAge);
}
