using System.Diagnostics;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Benchmarks.Ledger;

/// <summary>
/// Ledger throughput on a real temporary git repository: appending N signed entries as one batch (two ECDSA signatures
/// per entry: commit SSHSIG + checkpoint), and verifying N entries with every signature checked. Results are per entry.
/// Run: dotnet run -c Release --project bench/Governance.Benchmarks -- --filter '*LedgerThroughput*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class LedgerThroughputBenchmarks
{
    private const string Digest = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private string _appendRepo = "";
    private string _verifyRepo = "";
    private KeyPair _key = null!;
    private TrustStore _trust = null!;
    private List<EntryDraft> _drafts = [];

    [Params(20_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _key = KeyPair.Generate();
        _trust = TrustStore.Parse($"ci@bench namespaces=\"git\" {_key.PublicKey.ToOpenSsh()}\n");
        _drafts = Enumerable.Range(0, N).Select(i => new EntryDraft(
            EntryTypes.EvaluationRecorded,
            new EntryActor("ci", "run-" + i),
            new EntrySubject("bench-model", Digest),
            new JsonObject { ["metric"] = "accuracy", ["value"] = 0.9, ["digest"] = Digest })).ToList();
        _appendRepo = NewRepo();
        _verifyRepo = NewRepo();
        using var store = new LedgerStore(_verifyRepo);
        store.Append(_drafts, _key);
    }

    [IterationSetup(Target = nameof(AppendBatch))]
    public void ResetAppendRef() => Git(_appendRepo, "update-ref", "-d", LedgerLayout.Ref);

    [Benchmark(OperationsPerInvoke = 20_000)]
    public int AppendBatch()
    {
        using var store = new LedgerStore(_appendRepo);
        return store.Append(_drafts, _key).Count;
    }

    [Benchmark(OperationsPerInvoke = 20_000)]
    public long VerifyAll()
    {
        var result = new LedgerVerifier(_trust).Verify(_verifyRepo);
        return result is VerificationResult.Intact intact ? intact.Size : throw new InvalidOperationException(result.ToString());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _key.Dispose();
        Directory.Delete(_appendRepo, true);
        Directory.Delete(_verifyRepo, true);
    }

    private static string NewRepo()
    {
        var path = Path.Combine(Path.GetTempPath(), "gov-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        Git(path, "init", "-q");
        return path;
    }

    private static void Git(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        p.WaitForExit();
    }
}
