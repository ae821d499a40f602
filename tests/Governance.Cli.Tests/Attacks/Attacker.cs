using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Cli.Tests.Ledger;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Writing;
using Governance.Testing.Builders;
using Governance.Testing.Git;
using Governance.Testing.Time;

namespace Governance.Cli.Tests.Attacks;

/// <summary>
/// What an attacker with push access and some key does: writes ledger commits with the library (no writer checks),
/// re-signs them with stock <c>git commit-tree -S</c> (gpg.format=ssh), and lifts envelope blobs out of the trail.
/// </summary>
internal static class Attacker
{
    /// <summary>Appends drafts with the key in <paramref name="keyFile"/> signing commits and checkpoint, at <paramref name="time"/> (default the tests' clock).</summary>
    public static void Append(LedgerRepo repo, string keyFile, DateTimeOffset? time, params EntryDraft[] drafts)
    {
        using var key = KeyPair.Load(Path.Combine(repo.Path, keyFile));
        using var store = new LedgerStore(repo.Path, new LedgerOptions(Origin: LedgerDefaults.Origin), new FixedClock(time ?? Some.Now));
        store.Append(drafts, key);
    }

    /// <summary>Replaces the ledger tip by the same tree, parent and dates, signed by stock git with <paramref name="keyFile"/>.</summary>
    public static string ResignTipWithStockGit(LedgerRepo repo, string keyFile)
    {
        var tip = repo.Repo.GitOut("rev-parse", LedgerLayout.Ref);
        var tree = repo.Repo.GitOut("rev-parse", tip + "^{tree}");
        var parents = repo.Repo.GitOut("log", "-1", "--format=%P", tip).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var date = "@" + repo.Repo.GitOut("log", "-1", "--format=%ct", tip) + " +0000";
        List<string> args = [$"GIT_COMMITTER_DATE={date}", $"GIT_AUTHOR_DATE={date}", "git", "-c", "gpg.format=ssh", "-c", "user.signingkey=" + Path.Combine(repo.Path, keyFile),
            "-c", "user.name=Mallory", "-c", "user.email=mallory@evil.example", "commit-tree", "-S", tree, "-m", "forged"];
        foreach (var parent in parents)
        {
            args.AddRange(["-p", parent]);
        }

        var forged = ProcessRunner.Run("env", args, repo.Path).EnsureSuccess("git commit-tree -S").StdOut.Trim();
        repo.Repo.GitOut("update-ref", LedgerLayout.Ref, forged);
        return forged;
    }

    /// <summary>The stored entry at <paramref name="seq"/>.</summary>
    public static StoredEntry Entry(LedgerRepo repo, long seq)
    {
        using var store = new LedgerStore(repo.Path);
        return store.ReadAll().Single(e => e.Entry.Seq == seq);
    }

    /// <summary>The envelope blob of the entry at <paramref name="seq"/>, as anyone who can fetch the ledger can read it.</summary>
    public static DsseEnvelope Envelope(LedgerRepo repo, long seq) => DsseEnvelope.Parse(Entry(repo, seq).Envelope!.Value.Span);

    /// <summary>The last seq of the ledger.</summary>
    public static long Tip(LedgerRepo repo)
    {
        using var store = new LedgerStore(repo.Path);
        return store.Tip?.Seq ?? 0;
    }

    /// <summary>A draft written in the recorder's name.</summary>
    public static EntryDraft Draft(string type, EntrySubject subject, JsonObject payload, DsseEnvelope? envelope = null) =>
        new(type, new EntryActor("recorder@acme.example"), subject, payload, envelope);

    /// <summary>A time in the entries' format.</summary>
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Asserts what the issue demands of every attack: verify exits 1 naming the reason, and check takes no allow decision.</summary>
    public static void AssertCaught(LedgerRepo repo, string reason)
    {
        var verified = repo.Govern("audit", "verify");
        Assert.True(verified.Exit == 1, verified.Output + verified.Error);
        Assert.Contains($": {reason}: ", verified.Output, StringComparison.Ordinal);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));
        Assert.Equal(2, check.Exit);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
    }
}
