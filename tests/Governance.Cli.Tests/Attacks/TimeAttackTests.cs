using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Testing.Builders;

namespace Governance.Cli.Tests.Attacks;

/// <summary>Issue 10, "time": future-dated entries, observedAt after time, writers after a future tip.</summary>
public sealed class TimeAttackTests
{
    private static readonly DateTimeOffset Future = new(2099, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EntryDated2099_FutureTimeAndLaterWritersRefuse()
    {
        using var repo = RoleAttackTests.Recorded();
        Attacker.Append(repo, "keys/recorder.pem", Future, Attacker.Draft(EntryTypes.EvaluationRecorded, new EntrySubject(Digest: Govern.Digest),
            new JsonObject { ["metric"] = "accuracy", ["value"] = 0.5, ["digest"] = Govern.Digest }));
        var tip = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");

        Attacker.AssertCaught(repo, "future-time");
        var flag = repo.Govern("flag", "--dataset", "ds:forum-2023", "--reason", "personal data", "--key", "keys/recorder.pem");
        var revoke = repo.Govern("approve", "--revoke", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem");
        Assert.Equal(2, flag.Exit);
        Assert.Contains("future-time", flag.Error, StringComparison.Ordinal);
        Assert.Equal(2, revoke.Exit);
        Assert.Equal(tip, repo.Repo.GitOut("rev-parse", "refs/governance/ledger"));
    }

    [Fact]
    public void BackdatedEntryObservedNow_FutureTime()
    {
        using var repo = Ledger.LedgerRepo.Create();
        Attacker.Append(repo, "keys/recorder.pem", Some.Now.AddDays(-30), Attacker.Draft(EntryTypes.DatasetUnflagged, new EntrySubject(Dataset: "ds:forum-2023"),
            new JsonObject { ["dataset"] = "ds:forum-2023", ["reason"] = "cleaned", ["observedAt"] = Attacker.Time(Some.Now) }));

        Attacker.AssertCaught(repo, "future-time");
    }
}
