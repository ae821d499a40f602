namespace Governance.Cli.Tests.Lifecycle;

/// <summary>
/// A three-stage pipeline recorded through the CLI: pretraining on <c>web</c> → sft on <c>chat</c> → preference
/// tuning on <c>prefs</c> with <c>chat</c> replayed; the final model <c>support-bot</c> is evaluated, approved
/// by alice and bob, and deployed to production.
/// </summary>
internal static class Pipeline
{
    public static readonly string Web = D('1');
    public static readonly string Chat = D('2');
    public static readonly string Prefs = D('3');
    public static readonly string Base = D('a');
    public static readonly string Sft = D('b');
    public static readonly string Final = D('c');

    public const string Policy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata: { name: lineage-gate }
        spec:
          rules:
            - id: two-approvals
              approvals: { min: 2, from: { teams: ["acme/ml-governance"] } }
            - id: clean-training-data
              provenance: { denyFlaggedSources: true, requireRegisteredDatasets: true }
          waivers:
            approvers: { teams: ["acme/risk-committee"] }
            maxDuration: 14d
        """;

    public static string D(char c) => "sha256:" + new string(c, 64);

    /// <summary>Registers the datasets and records the three stages.</summary>
    public static void Train(GovernedRepo repo)
    {
        repo.Record("record", "dataset", "--dataset", "web", "--version", "2026.01", "--content-digest", Web, "--uri", "s3://corpus/web",
            "--license", "CC-BY-4.0", "--provenance-tag", "WEB", "--pii", "low", "--risk-label", "scraped");
        repo.Record("record", "dataset", "--dataset", "chat", "--content-digest", Chat, "--uri", "s3://corpus/chat", "--license", "proprietary", "--provenance-tag", "CHAT");
        repo.Record("record", "dataset", "--dataset", "prefs", "--content-digest", Prefs, "--uri", "s3://corpus/prefs", "--license", "proprietary");
        repo.Record("record", "training", "--model", "support-bot-base", "--digest", Base, "--stage", "pretraining", "--stage-kind", "pretraining",
            "--input", $"web@{Web},weight=1", "--code-commit", "0a1b2c3", "--param", "lr=0.0003", "--param", "epochs=1");
        repo.Record("record", "training", "--model", "support-bot-sft", "--digest", Sft, "--stage", "sft", "--stage-kind", "sft",
            "--parent", Base, "--input", $"chat@{Chat},weight=0.8");
        repo.Record("record", "training", "--model", "support-bot", "--digest", Final, "--stage", "preference", "--stage-kind", "preference",
            "--parent", Sft, "--input", $"prefs@{Prefs},weight=0.9", "--input", $"chat@{Chat},weight=0.1,replay");
    }

    /// <summary>Trains, evaluates, approves (alice, bob) and deploys the final model.</summary>
    public static void Release(GovernedRepo repo)
    {
        Train(repo);
        repo.Record("record", "evaluation", "--model", "support-bot", "--digest", Final, "--metric", "accuracy", "--value", "0.91", "--eval-dataset", "heldout");
        Approve(repo, "alice");
        Approve(repo, "bob");
        repo.Record("record", "deployment", "--model", "support-bot", "--digest", Final, "--environment", "production",
            "--config-digest", D('e'), "--prompt-template", D('f'), "--decoding", "temperature=0.2", "--refusal", "WMDP");
    }

    public static void Approve(GovernedRepo repo, string who) =>
        repo.Ok("approve", "--model", "support-bot", "--digest", Final, "--key", repo.Key(who), "--recorder-key", repo.Key("recorder"));
}
