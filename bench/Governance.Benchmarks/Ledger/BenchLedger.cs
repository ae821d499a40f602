using System.Diagnostics;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Benchmarks.Ledger;

/// <summary>What the ledger benchmarks share: a recorder key trusted for <c>git</c>, evaluation drafts, temporary repositories.</summary>
internal sealed class BenchLedger : IDisposable
{
    private const string Digest = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private readonly List<string> _repos = [];

    public BenchLedger(int entries)
    {
        Key = KeyPair.Generate();
        Trust = TrustStore.Parse($"ci@bench namespaces=\"git\" {Key.PublicKey.ToOpenSsh()}\n");
        Drafts = Enumerable.Range(0, entries).Select(i => new EntryDraft(
            EntryTypes.EvaluationRecorded,
            new EntryActor("ci", "run-" + i),
            new EntrySubject("bench-model", Digest),
            new JsonObject { ["metric"] = "accuracy", ["value"] = 0.9, ["digest"] = Digest })).ToList();
    }

    public KeyPair Key { get; }

    public TrustStore Trust { get; }

    public List<EntryDraft> Drafts { get; }

    /// <summary>Verifies the ledger of <paramref name="repo"/> with every signature checked; returns its size or throws.</summary>
    public long Verify(string repo)
    {
        var result = new LedgerVerifier(Trust).Verify(repo);
        return result is VerificationResult.Intact intact ? intact.Size : throw new InvalidOperationException(result.ToString());
    }

    /// <summary>A new empty repository under the temporary folder (deleted on dispose).</summary>
    public string NewRepo()
    {
        var path = Path.Combine(Path.GetTempPath(), "gov-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        Git(path, "init", "-q");
        _repos.Add(path);
        return path;
    }

    public static void Git(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        p.WaitForExit();
    }

    public void Dispose()
    {
        Key.Dispose();
        foreach (var repo in _repos)
        {
            Directory.Delete(repo, true);
        }

        _repos.Clear();
    }
}
