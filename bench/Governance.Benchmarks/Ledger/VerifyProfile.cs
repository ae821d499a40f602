using System.Diagnostics;
using Governance.Ledger.Entries;
using Governance.Ledger.Index;
using Governance.Ledger.Merkle;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Benchmarks.Ledger;

/// <summary>
/// Where one entry's verification time goes, phase by phase, on one thread over the oldest N entries of a real ledger:
/// <c>dotnet run -c Release --project bench/Governance.Benchmarks -- profile-verify &lt;repo&gt; [N]</c>.
/// </summary>
internal static class VerifyProfile
{
    public static int Run(string[] args)
    {
        var repo = args[1];
        var n = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var trust = TrustStore.Load(Path.Combine(repo, ".governance", "allowed_signers"));
        var keys = trust.AllKeys();
        using var git = new GitObjects(repo);
        var watch = Stopwatch.StartNew();
        var ids = git.FirstParentIds(git.ResolveRef(LedgerLayout.Ref)!);
        using (var self = Process.GetCurrentProcess())
        {
            Console.WriteLine($"walk: {ids.Count} ids in {watch.Elapsed.TotalSeconds:0.00} s ({watch.Elapsed.TotalMicroseconds / ids.Count:0.0} us/id), RSS {self.WorkingSet64 >> 20} MiB, managed {GC.GetTotalMemory(false) >> 20} MiB");
        }

        var phases = new Dictionary<string, TimeSpan>();
        void Time(string name, Action action)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            phases[name] = phases.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(start);
        }

        var audit = new IndexAudit();
        using var raw = new RawObjectReader(git.GitDirectory);
        n = Math.Min(n, ids.Count);

        // One-time costs (schemas compiled, JIT) are not any phase's: one entry is parsed before timing starts.
        _ = LedgerEntry.Parse(git.ReadTree(git.ReadCommit(ids[0]).TreeId)[LedgerLayout.EntryFile]!, validate: true, out _);
        for (var i = 0; i < n; i++)
        {
            RawCommit commit = null!;
            Dictionary<string, byte[]?> files = null!;
            SshsigSignature sig = null!;
            LedgerEntry entry = null!;
            IReadOnlyList<string> subjectKeys = [];
            Time("read commit", () => commit = git.ReadCommit(ids[i]));
            Time("(libgit2 gpgsig split)", () => raw.ExtractSignature(Convert.FromHexString(ids[i])));
            Time("(managed gpgsig split)", () => raw.ReadSignedCommit(Convert.FromHexString(ids[i])));
            Time("read tree+blobs", () => files = git.ReadTree(commit.TreeId));
            Time("sshsig parse+resolve", () => { sig = Sshsig.Parse(commit.Signature!, keys); _ = trust.RecorderOf(trust.Resolve(sig.PublicKey)!, DateTimeOffset.FromUnixTimeSeconds(commit.CommitterTime)); });
            Time("sshsig verify", () => Sshsig.Verify(commit.SignedData!, sig, TrustStore.GitNamespace, sig.PublicKey));
            Time("entry parse+schema, cold", () => entry = LedgerEntry.Parse(files[LedgerLayout.EntryFile]!, validate: true, out _));
            Time("json document", () => System.Text.Json.JsonDocument.Parse(files[LedgerLayout.EntryFile]!).Dispose());
            Time("canonical check", () => Governance.Ledger.Canonical.CanonicalForm.IsCanonical(files[LedgerLayout.EntryFile]!, requireObject: true));
            Time("entry parse (no schema)", () => entry = LedgerEntry.Parse(files[LedgerLayout.EntryFile]!, validate: false, out _));
            Time("entry parse + schema", () => entry = LedgerEntry.Parse(files[LedgerLayout.EntryFile]!, validate: true, out _));
            Time("leaf hash", () => MerkleHash.Leaf(files[LedgerLayout.EntryFile]!));
            Time("subject keys", () => subjectKeys = SubjectKeys.Of(entry));
            Time("index fold", () => audit.Add(subjectKeys, entry.Seq, Convert.FromHexString(ids[i])));
        }

        foreach (var (name, elapsed) in phases)
        {
            Console.WriteLine($"{name,-26} {elapsed.TotalMicroseconds / n,8:0.0} us/entry");
        }

        Console.WriteLine($"total {phases.Values.Sum(t => t.TotalMicroseconds) / n:0.0} us/entry (schema counted with the parse; the cold parse, right after the signature as in verify, counted too)");
        return 0;
    }
}
