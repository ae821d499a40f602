using BenchmarkDotNet.Attributes;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Benchmarks.Evaluation;

/// <summary>One decision of a 10-rule policy over 200 evidence items (target ≤ 10 µs).</summary>
[MemoryDiagnoser]
public class DecisionBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly PolicyEvaluator _evaluator = new(TimeProvider.System);
    private Policy[] _policies = [];
    private Subject _subject = null!;
    private EvidenceSet _evidence = null!;

    /// <summary>
    /// <c>approval-heavy</c>: 80 reviews from 40 people, 90 evaluations, lineage, flags (the worst case we model);
    /// <c>release</c>: 12 reviews, 130 evaluations over many lm-eval tasks, 20 attestations, 20 datasets (a typical release).
    /// Both hold 200 evidence items.
    /// </summary>
    [Params("approval-heavy", "release")]
    public string Mix { get; set; } = "approval-heavy";

    [GlobalSetup]
    public void Setup()
    {
        var digest = D(1);
        _subject = new Subject("support-bot-v3", digest, "production", "c0ffee");
        var location = new SourceLocation("policy.yaml", 1, 1);
        var governance = new PrincipalSet(["acme/ml-governance"], []);
        Rule R(string id, Requirement r) => new(id, r, RuleMode.Enforce, location);
        Rule[] rules =
        [
            R("two-approvals", new ApprovalRequirement(2, governance, MaxAge: TimeSpan.FromDays(14))),
            R("ciso", new ApprovalRequirement(1, new PrincipalSet([], ["user-7"]))),
            R("toxicity", new EvaluationRequirement("toxicity_rate", "realtoxicityprompts", Max: 0.01, MaxAge: TimeSpan.FromDays(30))),
            R("accuracy", new EvaluationRequirement("accuracy", Min: 0.85, NoRegressionFrom: "production", Tolerance: 0.01)),
            R("latency", new EvaluationRequirement("latency_p95_ms", Max: 800)),
            R("bias", new EvaluationRequirement("bias_gap", Max: 0.05)),
            R("model-card", new AttestationRequirement("https://governance.dev/attestations/model-card/v1", ["release@acme.example"])),
            R("slsa", new AttestationRequirement("https://slsa.dev/provenance/v1", [])),
            R("clean-data", new ProvenanceRequirement(true, true)),
            R("risk-approval", new ApprovalRequirement(1, new PrincipalSet(["acme/risk-committee"], []))),
        ];
        _policies = [new Policy(new PolicyMetadata("bench", null, []), new PolicySelector(["production"], ["support-bot*"]), rules, null, "policy.yaml", D(99))];
        _evidence = Mix == "release" ? BuildReleaseEvidence(digest) : BuildEvidence(digest);
    }

    [Benchmark]
    public Decision Decide() => _evaluator.Evaluate(_policies, _subject, _evidence);

    private static EvidenceSet BuildEvidence(Digest digest)
    {
        var origin = new EvidenceOrigin(EvidenceSource.File, "bench.json");
        var approvals = new List<ApprovalRecord>();
        var evaluations = new List<EvaluationRecord>();
        string[] metrics = ["toxicity_rate", "accuracy", "latency_p95_ms", "bias_gap"];
        for (var i = 0; i < 80; i++)
        {
            approvals.Add(new ApprovalRecord($"user-{i % 40}", [i % 3 == 0 ? "acme/ml-governance" : "acme/risk-committee"], i % 5 == 0 ? D(2) : digest, null, Now.AddHours(-i), ApprovalState.Approved, origin));
        }

        for (var i = 0; i < 90; i++)
        {
            evaluations.Add(new EvaluationRecord(metrics[i % 4], 0.001 * i, i % 4 == 0 ? "realtoxicityprompts" : null, i % 7 == 0 ? D(2) : digest, Now.AddHours(-i), origin));
        }

        return new EvidenceSet
        {
            Context = new DecisionContext("c0ffee", "dave", "erin", Now),
            Approvals = approvals,
            Evaluations = evaluations,
            Attestations = [.. Enumerable.Range(0, 10).Select(i => new AttestationRecord(i % 2 == 0 ? "https://slsa.dev/provenance/v1" : "https://governance.dev/attestations/model-card/v1", "release@acme.example", i < 5 ? D(3) : digest, Now.AddDays(-i), origin))],
            Datasets = [.. Enumerable.Range(0, 10).Select(i => new DatasetRecord($"ds:{i}", D(100 + i), Now.AddDays(-100), origin))],
            Training =
            [
                new TrainingRecord("pretraining", ["ds:0", "ds:1", "ds:2", "ds:3"], D(10), Now.AddDays(-60), origin),
                new TrainingRecord("sft", [D(10).Value, "ds:4", "ds:5"], D(11), Now.AddDays(-30), origin),
                new TrainingRecord("preference", [D(11).Value, "ds:6"], digest, Now.AddDays(-10), origin),
            ],
            Flags = [.. Enumerable.Range(0, 5).Select(i => new DatasetFlag($"ds:other-{i}", "harmful", Now.AddDays(-5), origin))],
            Deployments = [.. Enumerable.Range(0, 2).Select(i => new DeploymentRecord("production", "support-bot-v3", D(2), Now.AddDays(-20 - i), origin))],
        };
    }

    private static EvidenceSet BuildReleaseEvidence(Digest digest)
    {
        var origin = new EvidenceOrigin(EvidenceSource.File, "bench.json");
        var heavy = BuildEvidence(digest);
        string[] metrics = ["toxicity_rate", "accuracy", "latency_p95_ms", "bias_gap"];
        return heavy with
        {
            Approvals = [.. Enumerable.Range(0, 12).Select(i => new ApprovalRecord($"user-{i}", [i % 2 == 0 ? "acme/ml-governance" : "acme/risk-committee"], digest, null, Now.AddHours(-i), ApprovalState.Approved, origin))],
            Evaluations = [.. Enumerable.Range(0, 130).Select(i => new EvaluationRecord(i < 8 ? metrics[i % 4] : $"task-{i}/acc", 0.001 * i, i % 4 == 0 ? "realtoxicityprompts" : null, digest, Now.AddHours(-i), origin))],
            Attestations = [.. Enumerable.Range(0, 20).Select(i => new AttestationRecord(i % 2 == 0 ? "https://slsa.dev/provenance/v1" : "https://governance.dev/attestations/model-card/v1", "release@acme.example", i < 5 ? D(3) : digest, Now.AddDays(-i), origin))],
            Datasets = [.. Enumerable.Range(0, 20).Select(i => new DatasetRecord($"ds:{i}", D(100 + i), Now.AddDays(-100), origin))],
            Flags = [.. Enumerable.Range(0, 3).Select(i => new DatasetFlag($"ds:other-{i}", "harmful", Now.AddDays(-5), origin))],
            Deployments = [.. Enumerable.Range(0, 12).Select(i => new DeploymentRecord("production", "support-bot-v3", D(2), Now.AddDays(-20 - i), origin))],
        };
    }

    private static Digest D(int n) => Digest.Parse("sha256:" + n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture));
}
