using Governance.Cli.Tests.Attacks;

namespace Governance.Cli.Tests.Ledger;

/// <summary>Issue 10, "corrections without rewriting history": <c>govern record retract</c>.</summary>
public sealed class RetractTests
{
    [Fact]
    public void Retract_ByRecorder_EvaluationStopsCountingButStaysInTheTrail()
    {
        using var repo = RoleAttackTests.Recorded();
        Assert.Equal(0, repo.Govern("record", "evaluation", "--digest", Govern.Digest, "--metric", "toxicity_rate", "--value", "0.5", "--eval-dataset", "realtoxicityprompts", "--key", "keys/recorder.pem").Exit);
        var mistaken = Attacker.Tip(repo);
        Assert.Contains("toxicity_rate on realtoxicityprompts = 0.5", repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain")).Output, StringComparison.Ordinal);

        var retracted = repo.Govern("record", "retract", "--seq", mistaken.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "wrong model evaluated", "--key", "keys/recorder.pem");

        Assert.True(retracted.Exit == 0, retracted.Error);
        Assert.Contains("record.retracted/v1", retracted.Output, StringComparison.Ordinal);
        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record", "--explain"));
        Assert.DoesNotContain("= 0.5", check.Output, StringComparison.Ordinal);
        Assert.Contains($"entry {mistaken} retracted (wrong model evaluated)", check.Error, StringComparison.Ordinal);
        Assert.Contains("\"value\": 0.5", repo.Govern("audit", "show", mistaken.ToString(System.Globalization.CultureInfo.InvariantCulture)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Retract_ByTheApprover_ApprovalStopsCounting()
    {
        using var repo = RoleAttackTests.Recorded();
        Assert.Equal(0, repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem").Exit);
        Assert.Equal(0, repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/bob.pem", "--recorder-key", "keys/recorder.pem").Exit);
        var approval = Attacker.Tip(repo).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit);

        var byRita = repo.Govern("record", "retract", "--seq", approval, "--reason", "not mine to take back", "--key", "keys/rita.pem", "--recorder-key", "keys/recorder.pem");
        var byBob = repo.Govern("record", "retract", "--seq", approval, "--reason", "approved the wrong digest", "--key", "keys/bob.pem", "--recorder-key", "keys/recorder.pem");

        Assert.Equal(2, byRita.Exit);
        Assert.Contains("did not sign entry", byRita.Error, StringComparison.Ordinal);
        Assert.True(byBob.Exit == 0, byBob.Error);
        Assert.Equal(0, repo.Govern("audit", "verify").Exit);
        Assert.Equal(1, repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record")).Exit);
    }

    [Fact]
    public void Retract_UnknownSeq_ExitsTwo()
    {
        using var repo = RoleAttackTests.Recorded();

        var result = repo.Govern("record", "retract", "--seq", "999", "--reason", "typo", "--key", "keys/recorder.pem");

        Assert.Equal(2, result.Exit);
        Assert.Contains("no entry 999", result.Error, StringComparison.Ordinal);
    }
}
