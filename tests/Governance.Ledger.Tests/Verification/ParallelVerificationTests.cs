using System.Collections.Concurrent;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Verification;

namespace Governance.Ledger.Tests.Verification;

/// <summary>
/// Verification checks entries on several threads and applies them in ledger order. Whatever the schedule (one
/// worker, several, small or large window, entries pre-checked while the ids are collected), the result must be the
/// one of the sequential check: the first failure in ledger order, with the same kind and message.
/// </summary>
public sealed class ParallelVerificationTests : IDisposable
{
    private const int Batches = 4;
    private const int PerBatch = 40;
    private static readonly LedgerVerifierOptions[] Schedules =
    [
        new(Parallelism: 1, ChunkSize: 16),
        new(Parallelism: 2, ChunkSize: 16),
        new(Parallelism: 4, ChunkSize: 16),
        new(Parallelism: 3, ChunkSize: 1024),
        new(),
    ];

    private readonly LedgerFixture _fx = new();
    private readonly LedgerStore _store;

    public ParallelVerificationTests()
    {
        _store = _fx.OpenStore();
        for (var b = 0; b < Batches; b++)
        {
            _store.Append([.. Enumerable.Range(1 + (b * PerBatch), PerBatch).Select(i => Drafts.Evaluation(i))], _fx.Recorder);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _fx.Dispose();
    }

    [Fact]
    public void Verify_IntactMultiBatchLedger_IntactUnderEverySchedule()
    {
        foreach (var options in Schedules)
        {
            Assert.Equal(Batches * PerBatch, Assert.IsType<VerificationResult.Intact>(Verify(options)).Size);
        }
    }

    [Fact]
    public void Verify_BrokenSignatureAtRandomEntries_FirstOneReportedAtItsSeqUnderEverySchedule()
    {
        var random = new Random(15);
        var entries = Forger.Read(_store);
        foreach (var k in (int[])[1, entries.Count, .. Enumerable.Range(0, 3).Select(_ => random.Next(2, entries.Count))])
        {
            // A second broken entry later on must not be what is reported.
            var later = Math.Min(entries.Count, k + 1 + random.Next(0, 20));
            Forger.Write(_store, entries, _ => _fx.Recorder, i => i + 1 == k || i + 1 == later);
            var results = Schedules.Select(Verify).ToList();
            var first = Assert.IsType<VerificationResult.Tampered>(results[0]);
            Assert.True(first.Seq == k && first.Kind == TamperKind.BadSignature && first.Message.EndsWith("signature does not verify", StringComparison.Ordinal), $"k={k}: {first}");
            Assert.All(results, r => Assert.Equal(first, r));
        }
    }

    [Fact]
    public void Verify_UntrustedSignerAtRandomEntries_SameResultUnderEverySchedule()
    {
        using var mallory = KeyPair.Generate();
        var random = new Random(1015);
        var entries = Forger.Read(_store);
        foreach (var k in Enumerable.Range(0, 3).Select(_ => random.Next(1, entries.Count + 1)))
        {
            Forger.Write(_store, entries, i => i + 1 >= k ? mallory : _fx.Recorder);
            var results = Schedules.Select(Verify).ToList();
            var first = Assert.IsType<VerificationResult.Tampered>(results[0]);
            Assert.True(first.Seq == k && first.Kind == TamperKind.UntrustedSigner, $"k={k}: {first}");
            Assert.All(results, r => Assert.Equal(first, r));
        }
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(2, 16)]
    [InlineData(4, 16)]
    [InlineData(2, 1024)]
    public void Execute_WorkerThrowsMidLedger_FailsWithoutHanging(int workers, int window)
    {
        var options = new LedgerVerifierOptions(Parallelism: workers, ChunkSize: window);
        var checker = new EntryChecker(_fx.Trust, options);
        var pool = new ConcurrentBag<GitObjects>();
        using var git = new GitObjects(_fx.Repo.Path);
        var ids = git.FirstParentIdList(git.ResolveRef(LedgerLayout.Ref)!);
        var poisoned = ids.Hex(57);
        var run = new VerificationRun(_fx.Repo.Path, ids, (g, id, verified) => id == poisoned ? throw new InvalidDataException("worker failed") : checker.Check(g, id, verified), [], new SignatureBits(), null, options, pool);
        try
        {
            var execution = Task.Run(run.Execute);
            Assert.True(((IAsyncResult)execution).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(60)), "verification hung after a worker failed");
            var error = Assert.Throws<AggregateException>(() => execution.GetAwaiter().GetResult());
            Assert.Contains(error.Flatten().InnerExceptions, e => e is InvalidDataException { Message: "worker failed" });
        }
        finally
        {
            foreach (var pooled in pool)
            {
                pooled.Dispose();
            }
        }
    }

    private VerificationResult Verify(LedgerVerifierOptions options) => new LedgerVerifier(_fx.Trust, options).Verify(_fx.Repo.Path);
}
