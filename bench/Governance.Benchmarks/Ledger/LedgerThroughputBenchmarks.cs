using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Governance.Ledger.Storage;

namespace Governance.Benchmarks.Ledger;

/// <summary>
/// Ledger throughput on a real temporary git repository: appending N signed entries as one batch (an SSHSIG per
/// commit, one signed checkpoint for the batch), and verifying them with every signature checked. Per entry.
/// Run: ./build.sh bench --filter '*LedgerThroughput*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class LedgerThroughputBenchmarks : IDisposable
{
    private BenchLedger _ledger = null!;
    private string _appendRepo = "";
    private string _verifyRepo = "";

    [Params(20_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ledger = new BenchLedger(N);
        _appendRepo = _ledger.NewRepo();
        _verifyRepo = _ledger.NewRepo();
        using var store = new LedgerStore(_verifyRepo);
        store.Append(_ledger.Drafts, _ledger.Key);
    }

    [IterationSetup(Target = nameof(AppendBatch))]
    public void ResetAppendRef() => BenchLedger.Git(_appendRepo, "update-ref", "-d", LedgerLayout.Ref);

    [Benchmark(OperationsPerInvoke = 20_000)]
    public int AppendBatch()
    {
        using var store = new LedgerStore(_appendRepo);
        return store.Append(_ledger.Drafts, _ledger.Key).Count;
    }

    [Benchmark(OperationsPerInvoke = 20_000)]
    public long VerifyAll() => _ledger.Verify(_verifyRepo);

    [GlobalCleanup]
    public void Dispose()
    {
        _ledger?.Dispose();
        GC.SuppressFinalize(this);
    }
}
