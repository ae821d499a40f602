using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Governance.Ledger.Storage;

namespace Governance.Benchmarks.Ledger;

/// <summary>
/// The worst case for verification: every entry appended as its own batch (as one <c>govern check</c> per CI run
/// does), so every entry carries a signed checkpoint besides its commit signature: two ECDSA verifications each.
/// The objects are packed (<c>git repack -ad</c>, as after a fetch or <c>git gc</c>). Setup takes minutes.
/// Run: ./build.sh bench --filter '*LedgerSmallBatches*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class LedgerSmallBatchesBenchmarks : IDisposable
{
    private BenchLedger _ledger = null!;
    private string _repo = "";

    [Params(20_000)]
    public int N { get; set; }

    [Params(1, 10)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ledger = new BenchLedger(N);
        _repo = _ledger.NewRepo();
        using (var store = new LedgerStore(_repo))
        {
            for (var i = 0; i < N; i += BatchSize)
            {
                store.Append(_ledger.Drafts.GetRange(i, Math.Min(BatchSize, N - i)), _ledger.Key);
            }
        }

        BenchLedger.Git(_repo, "repack", "-adq");
    }

    [Benchmark(OperationsPerInvoke = 20_000)]
    public long VerifyAll() => _ledger.Verify(_repo);

    [GlobalCleanup]
    public void Dispose()
    {
        _ledger?.Dispose();
        GC.SuppressFinalize(this);
    }
}
