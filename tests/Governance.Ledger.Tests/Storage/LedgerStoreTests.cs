using System.Text;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;

namespace Governance.Ledger.Tests.Storage;

public sealed class LedgerStoreTests
{
    [Fact]
    public void Append_Batch_OneSignedCommitPerEntryOnLedgerRef()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        var receipts = store.Append([.. Enumerable.Range(0, 5).Select(i => Drafts.Evaluation(i))], fx.Recorder);

        Assert.Equal([1L, 2, 3, 4, 5], receipts.Select(r => r.Seq));
        Assert.Null(receipts[0].Entry.Prev);
        Assert.Equal(receipts[0].Entry.Digest, receipts[1].Entry.Prev);
        Assert.Equal(receipts[^1].CommitId, fx.Repo.GitOut("rev-parse", LedgerLayout.Ref));
        Assert.Equal("5", fx.Repo.GitOut("rev-list", "--count", LedgerLayout.Ref));
        Assert.Equal("1", fx.Repo.GitOut("rev-list", "--count", "--max-parents=0", LedgerLayout.Ref));
        Assert.Equal("checkpoint\nentry.json\nindex", fx.Repo.GitOut("ls-tree", "--name-only", LedgerLayout.Ref));
    }

    [Fact]
    public void Append_Commits_StockGitReportsGoodSignatures()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append([Drafts.Evaluation(1), Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal), Drafts.Evaluation(2)], fx.Recorder);

        var statuses = fx.Repo.GitOut("-c", "gpg.ssh.allowedSignersFile=" + fx.AllowedSignersPath, "log", "--format=%G?", LedgerLayout.Ref);
        Assert.Equal("G\nG\nG", statuses);
        var verify = fx.Repo.Git("-c", "gpg.ssh.allowedSignersFile=" + fx.AllowedSignersPath, "verify-commit", LedgerLayout.Ref);
        Assert.True(verify.ExitCode == 0, verify.StdErr);
        Assert.Contains(LedgerFixture.RecorderPrincipal, verify.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_LastEntryOfEachBatch_CarriesTheSignedCheckpointOfTheTreeSoFar()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append([.. Enumerable.Range(0, 3).Select(i => Drafts.Evaluation(i))], fx.Recorder);
        store.Append([.. Enumerable.Range(3, 4).Select(i => Drafts.Evaluation(i))], fx.Recorder);

        var all = store.ReadAll().ToList();
        var leaves = all.Select(e => MerkleHash.Leaf(e.Entry.CanonicalBytes.Span)).ToList();
        Assert.Equal([3, 7], all.Where(e => e.Checkpoint is not null).Select(e => (int)e.Entry.Seq));
        foreach (var size in new[] { 3, 7 })
        {
            var (checkpoint, signer) = CheckpointNote.Open(all[size - 1].Checkpoint!, [fx.Recorder.PublicKey]);
            Assert.Equal(fx.Recorder.PublicKey, signer);
            Assert.Equal(size, checkpoint.Size);
            Assert.Equal("example.com/acme/ledger", checkpoint.Origin);
            Assert.Equal(MerkleTree.Root(leaves, size), checkpoint.RootHash.ToArray());
        }

        Assert.Equal(7, store.Tip!.Seq);
    }

    [Fact]
    public void Append_ApprovalWithEnvelope_StoresEnvelopeCommittedByDigest()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        var receipt = store.Append(Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal), fx.Recorder);
        var stored = store.ReadAll().Single();
        Assert.NotNull(stored.Envelope);
        Assert.Equal(receipt.Entry.Envelope, "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored.Envelope!.Value.Span)));
    }

    [Fact]
    public void Append_InvalidPayload_ThrowsAndWritesNothing()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        var bad = Drafts.Evaluation(1) with { Payload = new System.Text.Json.Nodes.JsonObject { ["metric"] = "accuracy" } };
        var ex = Assert.Throws<ArgumentException>(() => store.Append([Drafts.Evaluation(0), bad], fx.Recorder));
        Assert.Contains("value", ex.Message, StringComparison.Ordinal);
        Assert.Null(store.Tip);
    }

    [Fact]
    public void Append_ApprovalWithoutEnvelope_Rejected()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        var draft = Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal) with { Envelope = null };
        Assert.Throws<ArgumentException>(() => store.Append(draft, fx.Recorder));
    }

    [Fact]
    public void Append_CrashBetweenObjectWritesAndRefUpdate_LeavesRefAtLastCompleteCommit()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append([Drafts.Evaluation(0), Drafts.Evaluation(1)], fx.Recorder);
        var before = store.Tip!.CommitId;
        store.BeforeRefUpdate = () => throw new IOException("simulated crash");
        Assert.Throws<IOException>(() => store.Append([Drafts.Evaluation(2), Drafts.Evaluation(3)], fx.Recorder));
        store.BeforeRefUpdate = null;

        Assert.Equal(before, store.Tip!.CommitId);
        var next = store.Append(Drafts.Evaluation(4), fx.Recorder);
        Assert.Equal(3, next.Seq);
        Assert.Equal([1L, 2, 3], store.ReadAll().Select(e => e.Entry.Seq));
    }

    [Fact]
    public void ReadAll_EntryBytes_AreCanonicalJson()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append(Drafts.Evaluation(7), fx.Recorder);
        var text = Encoding.UTF8.GetString(store.ReadAll().Single().Entry.CanonicalBytes.Span);
        Assert.StartsWith("""{"actor":{"name":"ci","run":"run-7","workflow":"train.yml"},"payload":{""", text, StringComparison.Ordinal);
        Assert.Contains("\"seq\":1,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("prev", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_LargeBatch_WritesOnePackfileThatGitAccepts()
    {
        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append([.. Enumerable.Range(0, 40).Select(i => Drafts.Evaluation(i)), Drafts.Approval(fx.Approver, LedgerFixture.ApproverPrincipal)], fx.Recorder);

        var packs = Directory.GetFiles(Path.Combine(store.GitDirectory, "objects", "pack"), "*.idx");
        Assert.Single(packs);
        var verifyPack = fx.Repo.Git("verify-pack", "-v", packs[0]);
        Assert.True(verifyPack.ExitCode == 0, verifyPack.StdErr);
        var fsck = fx.Repo.Git("fsck", "--strict", "--no-dangling");
        Assert.True(fsck.ExitCode == 0, fsck.StdErr + fsck.StdOut);
        Assert.Equal("41", fx.Repo.GitOut("rev-list", "--count", LedgerLayout.Ref));
        Assert.Equal(41, store.ReadAll().Count());
        store.Append(Drafts.Evaluation(99), fx.Recorder);
        Assert.Equal(42, store.Tip!.Seq);
    }
}
