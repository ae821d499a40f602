using Governance.Ledger.Tests.Support;
using Governance.Ledger.Verification;

namespace Governance.Ledger.Tests.Storage;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Append_EightConcurrentWritersTimes25_200ContiguousEntriesVerifyIntact()
    {
        using var fx = new LedgerFixture();
        var threads = Enumerable.Range(0, 8).Select(w => new Thread(() =>
        {
            using var store = fx.OpenStore();
            for (var i = 0; i < 25; i++)
            {
                store.Append(Drafts.Evaluation((w * 100) + i), fx.Recorder);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        using var reader = fx.OpenStore();
        var all = reader.ReadAll().ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), all.Select(e => e.Entry.Seq));
        var runs = all.Select(e => (string)e.Entry.Actor["run"]!).ToList();
        Assert.Equal(200, runs.Distinct().Count());
        Assert.Equal(200, Assert.IsType<VerificationResult.Intact>(new LedgerVerifier(fx.Trust).Verify(fx.Repo.Path)).Size);
    }
}
