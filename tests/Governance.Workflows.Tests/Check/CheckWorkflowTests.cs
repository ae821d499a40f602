using Governance.Core.Decisions;
using Governance.Testing.Git;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests.Check;

public sealed class CheckWorkflowTests
{
    private const string Digest = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa00000001";

    private const string Policy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata: { name: gate }
        spec:
          rules:
            - id: one-approval
              approvals: { min: 1, from: { teams: [acme/ml-governance] } }
        """;

    [Fact]
    public async Task RunAsync_SignedLedgerApproval_AllowsAndRecordsTheDecisionAsAValue()
    {
        using var repo = WithPolicyOnMain();
        await new ApprovalService(repo.Context()).ApproveAsync(
            repo.Ledger, new SignerKeys(repo.Key("alice"), RecorderKey: repo.Key("recorder")), new ApprovalRequest("fraud", Core.Subjects.Digest.Parse(Digest)), CancellationToken.None);

        var result = await new CheckWorkflow(repo.Context()).RunAsync(Options(repo) with { Key = repo.Key("recorder") }, CancellationToken.None);

        Assert.Equal(Verdict.Allow, result.Decision.Verdict);
        var receipt = Assert.IsType<Reporting.Decisions.LedgerReceipt>(result.Receipt);
        Assert.Equal(repo.Tip(), receipt.Commit);
        Assert.Null(result.AsOf);
        Assert.Null(result.GitHub);
        // seq is 1-based and equals the tree size after it: the decision is the last entry, and the ledger verifies.
        Assert.Equal(receipt.Seq, repo.Verified().Size);
    }

    [Fact]
    public async Task RunAsync_WeakenedPolicyInTheWorkingTree_TrustedRefPolicyStillDenies()
    {
        using var repo = WithPolicyOnMain();
        // The change being gated turns the rule into audit mode in its own checkout.
        File.WriteAllText(Path.Combine(repo.Path, "policies", "gate.yaml"), Policy.Replace("- id: one-approval", "- id: one-approval\n      mode: audit", StringComparison.Ordinal));

        var fromWorkingTree = await new CheckWorkflow(repo.Context()).RunAsync(Options(repo) with { PolicyRef = null, NoRecord = true }, CancellationToken.None);
        var fromTrustedRef = await new CheckWorkflow(repo.Context()).RunAsync(Options(repo) with { NoRecord = true }, CancellationToken.None);

        Assert.Equal(Verdict.Allow, fromWorkingTree.Decision.Verdict);
        Assert.Equal(Verdict.Deny, fromTrustedRef.Decision.Verdict);
        Assert.Null(fromTrustedRef.Receipt);
        Assert.Equal(fromTrustedRef.Decision.Time, fromTrustedRef.AsOf);
        Assert.Null(repo.Tip());
    }

    [Fact]
    public async Task RunAsync_UnsignedFileApprovalAndClockWhenGating_DeniesAtNowAndSaysWhy()
    {
        using var repo = WithPolicyOnMain();
        // An evidence file from the change: an approval typed in by anyone, and a time chosen to suit it.
        var file = Path.Combine(repo.Path, "evidence.json");
        File.WriteAllText(file, $$"""
            {"context":{"time":"2020-01-01T00:00:00Z"},
             "approvals":[{"approver":"alice@acme","teams":["acme/ml-governance"],"digest":"{{Digest}}","time":"2020-01-01T00:00:00Z","state":"approved"}]}
            """);
        var context = repo.Context();

        var result = await new CheckWorkflow(context).RunAsync(Options(repo) with { Evidence = [file], Key = repo.Key("recorder"), RequireSigned = true }, CancellationToken.None);

        Assert.Equal(Verdict.Deny, result.Decision.Verdict);
        Assert.Equal(context.Time.GetUtcNow(), result.Decision.Time);
        Assert.Contains(result.Notices, n => n.Contains("context.time (2020-01-01T00:00:00Z) is ignored", StringComparison.Ordinal));
        Assert.NotNull(result.Receipt);
    }

    [Fact]
    public async Task RunAsync_RecordingWithoutAKey_RefusedBeforeEvaluatingAndNothingWritten()
    {
        using var repo = WithPolicyOnMain();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new CheckWorkflow(repo.Context()).RunAsync(Options(repo), CancellationToken.None));

        Assert.StartsWith("recording the decision needs a signing key", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NoDecision, refused.ExitCode);
        Assert.Null(repo.Tip());
    }

    [Fact]
    public async Task RunAsync_NoPolicyApplies_NoDecisionUnlessAllowedExplicitly()
    {
        using var repo = WithPolicyOnMain(Policy.Replace("spec:\n", "spec:\n  appliesTo: { environments: [staging] }\n", StringComparison.Ordinal));
        var options = Options(repo) with { NoRecord = true };

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new CheckWorkflow(repo.Context()).RunAsync(options, CancellationToken.None));
        var allowed = await new CheckWorkflow(repo.Context()).RunAsync(options with { RequirePolicy = false }, CancellationToken.None);

        Assert.StartsWith("no policy applies to model fraud in environment production", refused.Message, StringComparison.Ordinal);
        Assert.True(allowed.Decision.NoPolicyApplied);
    }

    private static CheckOptions Options(RecordingRepo repo) => new()
    {
        Policies = ["policies"],
        PolicyRef = "main",
        Model = "fraud",
        Digest = Digest,
        Environment = "production",
        Repository = repo.Path,
    };

    private static RecordingRepo WithPolicyOnMain(string policy = Policy)
    {
        var repo = new RecordingRepo();
        Directory.CreateDirectory(Path.Combine(repo.Path, "policies"));
        File.WriteAllText(Path.Combine(repo.Path, "policies", "gate.yaml"), policy);
        ProcessRunner.Run("git", ["add", "policies"], repo.Path).EnsureSuccess("git add");
        ProcessRunner.Run("git", ["commit", "-q", "-m", "policy"], repo.Path).EnsureSuccess("git commit");
        return repo;
    }
}
