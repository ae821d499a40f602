using System.Collections.Concurrent;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Ledger.Verification;

namespace Governance.Ledger.Tests.Verification;

/// <summary>
/// Commit signatures verified on the spare core while the ids are collected (<see cref="TailPrecheck"/>) let the check
/// phase skip only the cryptographic verification of those exact commits. With every signature prechecked the
/// result must be the one without precheck: same first failure, same seq, kind and message.
/// </summary>
public sealed class SignaturePrecheckTests : IDisposable
{
    private const int Entries = 120;
    private const int Limit = 16;
    private readonly LedgerFixture _fx = new();
    private readonly LedgerStore _store;

    public SignaturePrecheckTests()
    {
        _store = _fx.OpenStore();
        for (var b = 0; b < 3; b++)
        {
            _store.Append([.. Enumerable.Range(1 + (b * 40), 40).Select(i => Drafts.Evaluation(i))], _fx.Recorder);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _fx.Dispose();
    }

    [Fact]
    public void Finish_IntactLedger_EverySignatureBeyondTheTailVerified()
    {
        var (newest, verified) = Precheck();
        Assert.Equal(Limit, newest.Count);
        Assert.Equal(Entries - Limit, verified.Count);
        Assert.All(Enumerable.Range(Limit, Entries - Limit), k => Assert.True(verified.Contains(k)));
    }

    [Fact]
    public void Finish_BrokenOrUntrustedSignature_BitNotSet()
    {
        using var mallory = KeyPair.Generate();
        var entries = Forger.Read(_store);
        Forger.Write(_store, entries, i => i == 30 ? mallory : _fx.Recorder, i => i == 50);
        var (_, verified) = Precheck();
        Assert.False(verified.Contains(Entries - 1 - 30));
        Assert.False(verified.Contains(Entries - 1 - 50));
        Assert.Equal(Entries - Limit - 2, verified.Count);
    }

    [Fact]
    public void Verify_BrokenSignaturesWithEveryCommitPrechecked_SameResultAsWithout()
    {
        var random = new Random(2015);
        var entries = Forger.Read(_store);
        foreach (var k in (int[])[1, 60, Entries - Limit, .. Enumerable.Range(0, 3).Select(_ => random.Next(2, Entries))])
        {
            Forger.Write(_store, entries, _ => _fx.Recorder, i => i + 1 == k || i + 1 == k + 5);
            var plain = Assert.IsType<VerificationResult.Tampered>(Verify(precheck: false, workers: 1));
            Assert.True(plain.Seq == k && plain.Kind == TamperKind.BadSignature, $"k={k}: {plain}");
            Assert.Equal(plain, Verify(precheck: true, workers: 1));
            Assert.Equal(plain, Verify(precheck: true, workers: 2));
        }
    }

    [Fact]
    public void Verify_UntrustedSignerWithEveryCommitPrechecked_SameResultAsWithout()
    {
        using var mallory = KeyPair.Generate();
        Forger.Write(_store, Forger.Read(_store), i => i + 1 >= 40 ? mallory : _fx.Recorder);
        var plain = Assert.IsType<VerificationResult.Tampered>(Verify(precheck: false, workers: 1));
        Assert.True(plain.Seq == 40 && plain.Kind == TamperKind.UntrustedSigner, plain.ToString());
        Assert.Equal(plain, Verify(precheck: true, workers: 2));
    }

    [Fact]
    public void Verify_IntactLedgerWithEveryCommitPrechecked_Intact() =>
        Assert.Equal(Entries, Assert.IsType<VerificationResult.Intact>(Verify(precheck: true, workers: 2)).Size);

    [Fact]
    public void Check_SignatureMarkedVerified_SignerAndRoleStillChecked()
    {
        using var mallory = KeyPair.Generate();
        Forger.Write(_store, Forger.Read(_store), i => i == 10 ? mallory : _fx.Recorder);
        var checker = new EntryChecker(_fx.Trust);
        using var git = new GitObjects(_fx.Repo.Path);
        var id = git.FirstParentIdList(git.ResolveRef(LedgerLayout.Ref)!).Hex(10);
        var plain = checker.Check(git, id);
        Assert.Equal(TamperKind.UntrustedSigner, plain.FailureKind);
        Assert.Equal(plain, checker.Check(git, id, signatureVerified: true));
        Assert.False(checker.SignatureVerifies(git.ReadCommit(id)));
    }

    [Fact]
    public void ParseCommit_BytesTheWalkRead_SameCommitAsReadCommit()
    {
        using var mallory = KeyPair.Generate();
        Forger.Write(_store, Forger.Read(_store), i => i == 3 ? null : i == 4 ? mallory : _fx.Recorder, i => i == 5);
        using var git = new GitObjects(_fx.Repo.Path);
        var seen = new List<(string Id, byte[] Commit)>();
        _ = git.FirstParentIdList(git.ResolveRef(LedgerLayout.Ref)!, (id, commit) => seen.Add((Convert.ToHexStringLower(id), commit.ToArray())));
        Assert.Equal(Entries, seen.Count);
        foreach (var (id, commit) in seen)
        {
            var parsed = GitObjects.ParseCommit(id, commit);
            var read = git.ReadCommit(id);
            Assert.Equal(read.SignedData, parsed.SignedData);
            Assert.Equal(read.Signature, parsed.Signature);
            Assert.Equal((read.TreeId, read.CommitterTime), (parsed.TreeId, parsed.CommitterTime));
            Assert.Equal(read.Parents, parsed.Parents);
        }
    }

    [Fact]
    public void Reads_ObjectWhoseBytesDoNotHashToItsId_RefusedByTheWalkAndTheCheck()
    {
        // A bit is keyed by chain position, i.e. by the commit id the walk read; the check phase reads the same id.
        // Both reads go through libgit2's hash check, so they cannot see different bytes: here the store serves the
        // bytes of the real tip under the id of an edited copy, and both refuse them.
        string forged;
        using (var git = new GitObjects(_fx.Repo.Path))
        {
            using var raw = new RawObjectReader(git.GitDirectory);
            var real = raw.Read(Convert.FromHexString(git.ResolveRef(LedgerLayout.Ref)!), RawObjectReader.CommitType);
            var edited = real.ToArray();
            edited[^2] = (byte)'D';
#pragma warning disable CA5350 // git names objects by SHA-1: this computes the id an edited commit would have.
            forged = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData([.. System.Text.Encoding.ASCII.GetBytes($"commit {edited.Length}\0"), .. edited]));
#pragma warning restore CA5350
            var path = Path.Combine(git.GitDirectory, "objects", forged[..2], forged[2..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = File.Create(path);
            using var zlib = new System.IO.Compression.ZLibStream(file, System.IO.Compression.CompressionLevel.Fastest);
            zlib.Write([.. System.Text.Encoding.ASCII.GetBytes($"commit {real.Length}\0"), .. real]);
        }

        using var fresh = new GitObjects(_fx.Repo.Path);
        Assert.ThrowsAny<LibGit2Sharp.LibGit2SharpException>(() => fresh.FirstParentIdList(forged, (_, _) => Assert.Fail("the walk saw bytes that are not the object's")));
        Assert.Throws<InvalidOperationException>(() => fresh.ReadCommit(forged));
    }

    private (IReadOnlyList<EntryCheck> Newest, SignatureBits Verified) Precheck()
    {
        var pool = new ConcurrentBag<GitObjects>();
        try
        {
            using var git = new GitObjects(_fx.Repo.Path);
            using var tail = new TailPrecheck(new EntryChecker(_fx.Trust), pool, _fx.Repo.Path, Limit, everyCommit: true);
            _ = git.FirstParentIdList(git.ResolveRef(LedgerLayout.Ref)!, tail.Offer);
            return tail.Finish();
        }
        finally
        {
            foreach (var pooled in pool)
            {
                pooled.Dispose();
            }
        }
    }

    private VerificationResult Verify(bool precheck, int workers) =>
        new LedgerVerifier(_fx.Trust, new LedgerVerifierOptions(Parallelism: workers, ChunkSize: Limit / 2)) { PrecheckEveryCommit = precheck }.Verify(_fx.Repo.Path);
}
