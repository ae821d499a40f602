using System.Text.Json.Nodes;
using Governance.Cli.Tests.Lifecycle;
using Governance.Core.Evaluation;

namespace Governance.Cli.Tests.Check;

/// <summary>
/// Issue 11 on the local CLI: an evidence file cannot move the clock of a recorded decision or override the
/// caller's context, one person counts once whatever name they go by, and a rolled-back ledger never allows.
/// </summary>
public sealed class SteeringTests
{
    private const string Principals = """
        principals:
          recorder@acme: { recorder: true }
          alice@acme: { teams: [acme/ml-governance], github: alice-gh, aliases: [alice] }
          bob@acme: { teams: [acme/ml-governance], github: bob-gh }
          risk@acme: { teams: [acme/risk-committee] }
        """;

    [Fact]
    public void Check_EvidenceTimeJustBeforeTheFlag_RecordedDecisionIgnoresItAndDenies()
    {
        using var repo = Released();
        repo.Record("flag", "--dataset", "web", "--reason", "contains scraped medical records");
        var beforeFlag = Format.Time(repo.Now.AddMinutes(-1).AddSeconds(-30));
        var evidence = repo.Scratch("clock.json", "{\"context\":{\"time\":\"" + beforeFlag + "\"}}");

        var result = repo.Run(Check(repo, "--evidence", evidence, "--key", repo.Key("recorder"), "--require-signed"));

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("DENY", result.Output, StringComparison.Ordinal);
        Assert.Contains("context.time", result.Error, StringComparison.Ordinal);
        var entry = LastDecision(repo);
        Assert.Equal("deny", (string?)entry["payload"]!["decision"]);
        Assert.NotEqual(beforeFlag, (string?)entry["time"]);
    }

    [Theory]
    [InlineData("text", "dry run, not recorded: as of {0}")]
    [InlineData("json", "\"asOf\": \"{0}\"")]
    [InlineData("markdown", "dry run, not recorded: as of {0}")]
    [InlineData("sarif", "\"asOf\": \"{0}\"")]
    public void Check_DryRunWithEvidenceTime_SaysAsOfInEveryFormat(string format, string expected)
    {
        using var repo = Released();
        var evidence = repo.Scratch("clock.json", """{"context":{"time":"2026-11-20T08:00:00Z"}}""");

        var result = repo.Run(Check(repo, "--evidence", evidence, "--no-record", "--format", format));

        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, "2026-11-20T08:00:00Z"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LedgerRolledBackBehindTheFlag_TrustedCheckpointExitsTwo()
    {
        using var repo = Released();
        repo.Record("flag", "--dataset", "web", "--reason", "contains scraped medical records");
        var checkpoint = repo.Scratch("checkpoint", repo.Ok("audit", "checkpoint"));
        Assert.Equal(1, repo.Run(Check(repo, "--no-record")).Exit);

        repo.Git.GitOut("update-ref", "refs/governance/ledger", "refs/governance/ledger~1");
        Assert.Equal(0, repo.Run(Check(repo, "--no-record")).Exit);
        var result = repo.Run(Check(repo, "--no-record", "--trusted-checkpoint", checkpoint));

        Assert.Equal(2, result.Exit);
        Assert.Contains("the ledger failed verification", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, repo.Run(Check(repo, "--key", repo.Key("recorder"), "--trusted-checkpoint", checkpoint)).Exit);
    }

    [Fact]
    public void Check_LedgerRefDeletedWithTrustedCheckpoint_ExitsTwo()
    {
        using var repo = Released();
        var checkpoint = repo.Scratch("checkpoint", repo.Ok("audit", "checkpoint"));
        repo.Git.GitOut("update-ref", "-d", "refs/governance/ledger");

        var result = repo.Run(Check(repo, "--no-record", "--trusted-checkpoint", checkpoint));

        Assert.Equal(2, result.Exit);
        Assert.Contains("has no ledger", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IntactLedgerWithTrustedCheckpoint_RecordsTheLedgerSizeAndRootItRead()
    {
        using var repo = Released();
        var checkpoint = repo.Scratch("checkpoint", repo.Ok("audit", "checkpoint"));
        var size = long.Parse(checkpoint.Length > 0 ? File.ReadAllLines(checkpoint)[1] : "0", System.Globalization.CultureInfo.InvariantCulture);

        var result = repo.Run(Check(repo, "--key", repo.Key("recorder"), "--trusted-checkpoint", checkpoint));

        Assert.Equal(0, result.Exit);
        var ledger = LastDecision(repo)["payload"]!["ledger"]!;
        Assert.Equal(size, (long)ledger["size"]!);
        var root = Convert.ToHexStringLower(Convert.FromBase64String(File.ReadAllLines(checkpoint)[2]));
        Assert.Equal("sha256:" + root, (string?)ledger["root"]);
        Assert.Equal(0, repo.Run("audit", "verify").Exit);
    }

    [Fact]
    public void Check_FileAliasAndSignedPrincipal_CountAsOneApprover()
    {
        using var repo = Released(approvers: ["alice"]);
        var evidence = repo.Scratch("alias.json", $$"""
            {"approvals":[{"approver":"alice","teams":["acme/ml-governance"],"digest":"{{Pipeline.Final}}","time":"{{Format.Time(repo.Now.AddMinutes(-1))}}","state":"approved"}]}
            """);

        var result = repo.Run(Check(repo, "--evidence", evidence, "--no-record", "--explain"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("1 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--author", "alice-gh")]
    [InlineData("--deployer", "bob-gh")]
    [InlineData("--deployer", "bob@acme")]
    public void Check_AuthorOrDeployerLogin_ExcludesTheirSignedApproval(string option, string login)
    {
        using var repo = Released();
        Assert.Equal(0, repo.Run(Check(repo, "--no-record")).Exit);

        var result = repo.Run(Check(repo, "--no-record", option, login));

        Assert.Equal(1, result.Exit);
        Assert.Contains("1 of 2 required approvals", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EvidenceFileDeployer_DoesNotOverrideTheDeployerOption()
    {
        using var repo = Released();
        var evidence = repo.Scratch("deployer.json", """{"context":{"deployer":"nobody","author":"nobody"}}""");

        var result = repo.Run(Check(repo, "--no-record", "--evidence", evidence, "--deployer", "bob-gh"));

        Assert.Equal(1, result.Exit);
    }

    [Fact]
    public void Check_OneNameForTwoPrincipals_ExitsTwoWithTheLocation()
    {
        using var repo = Released();
        File.WriteAllText(Path.Combine(repo.Path, ".governance", "principals.yaml"), Principals + "\n  mallory@acme: { teams: [acme/ml-governance], github: alice-gh }\n");
        repo.Git.GitOut("commit", "-q", "-am", "a second owner of alice-gh");

        var result = repo.Run(Check(repo, "--no-record"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("principals.yaml:6:", result.Error, StringComparison.Ordinal);
        Assert.Contains("'alice-gh' is already a name of alice@acme", result.Error, StringComparison.Ordinal);
    }

    private static GovernedRepo Released(string[]? approvers = null)
    {
        var repo = GovernedRepo.Create();
        File.WriteAllText(Path.Combine(repo.Path, ".governance", "principals.yaml"), Principals);
        repo.CommitPolicy("gate", Pipeline.Policy);
        repo.Git.GitOut("add", ".governance");
        repo.Git.GitOut("commit", "-q", "-m", "identities");
        Pipeline.Train(repo);
        foreach (var who in approvers ?? ["alice", "bob"])
        {
            Pipeline.Approve(repo, who);
        }

        return repo;
    }

    private static string[] Check(GovernedRepo repo, params string[] extra) =>
        ["check", "--policy", "policies/gate.yaml", "--model", "support-bot", "--digest", Pipeline.Final, "--environment", "production", "--repo", ".", .. extra];

    private static JsonNode LastDecision(GovernedRepo repo) =>
        JsonNode.Parse(repo.Ok("audit", "log", "--type", "decision.recorded", "--format", "json").Trim().Split('\n')[^1])!;
}
