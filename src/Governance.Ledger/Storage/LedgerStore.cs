using System.Globalization;
using System.Security.Cryptography;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Entries;
using Governance.Ledger.Index;
using Governance.Ledger.Merkle;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Storage;

/// <summary>
/// The ledger in a git repository, on <c>refs/governance/ledger</c>: a linear chain of SSHSIG-signed commits, one
/// entry per commit (tree: <c>entry.json</c>, optional <c>envelope.intoto.json</c>, and <c>checkpoint</c> on the last commit of each batch). Appends write
/// all objects first and then move the ref once by compare-and-swap; a lost race re-reads the tip, re-sequences,
/// re-signs and retries. Not thread-safe: use one instance per thread (instances may share a repository).
/// </summary>
public sealed class LedgerStore : IDisposable
{
    private readonly GitObjects _git;
    private readonly LedgerOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Batches at least this large are written as one packfile instead of loose objects.</summary>
    internal const int PackThreshold = 8;

    /// <summary>Opens the repository at <paramref name="repositoryPath"/> (work tree or git dir).</summary>
    public LedgerStore(string repositoryPath, LedgerOptions? options = null, TimeProvider? timeProvider = null)
    {
        _git = new GitObjects(repositoryPath);
        _options = options ?? new LedgerOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The repository's git directory.</summary>
    public string GitDirectory => _git.GitDirectory;

    /// <summary>Test hook: runs after a batch's objects are written and before the ref moves.</summary>
    internal Action? BeforeRefUpdate { get; set; }

    /// <summary>The current head, or null for an empty ledger.</summary>
    public LedgerTip? Tip => ReadState(LedgerLayout.Ref).Tip;

    /// <summary>Appends <paramref name="drafts"/> in order as one batch signed by <paramref name="recorder"/>; returns the receipts.</summary>
    /// <exception cref="ArgumentException">A draft fails its schema.</exception>
    /// <exception cref="LedgerConflictException">Every compare-and-swap attempt lost a race.</exception>
    public IReadOnlyList<AppendedEntry> Append(IReadOnlyList<EntryDraft> drafts, ISigner recorder) => Append(drafts, recorder, null);

    /// <summary>
    /// Appends like <see cref="Append(IReadOnlyList{EntryDraft}, ISigner)"/>, but first runs <paramref name="preflight"/>
    /// (the verifier's checks) on the written commits; the ref moves only when they pass.
    /// </summary>
    /// <exception cref="Verification.AppendRejectedException">Verification would reject the batch; the ledger is unchanged.</exception>
    public IReadOnlyList<AppendedEntry> Append(IReadOnlyList<EntryDraft> drafts, ISigner recorder, Verification.AppendPreflight? preflight)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(recorder);
        if (drafts.Count == 0)
        {
            return [];
        }

        for (var attempt = 1; ; attempt++)
        {
            var state = ReadState(LedgerLayout.Ref);
            preflight?.CheckTip(state.Tip);
            var (receipts, range) = WriteBatch(drafts, recorder, state);
            preflight?.CheckWritten(_git, receipts);
            var newTip = receipts[^1].CommitId;
            FrontierCache.Save(_git.GitDirectory, newTip, range);
            BeforeRefUpdate?.Invoke();
            if (TryMoveRef(LedgerLayout.Ref, state.Tip?.CommitId, newTip))
            {
                return receipts;
            }

            if (attempt >= _options.MaxAttempts)
            {
                throw new LedgerConflictException($"Could not append after {attempt} attempts: the ledger ref kept moving.");
            }

            Thread.Sleep(Random.Shared.Next(1, 5 + Math.Min(attempt, 20) * 3));
        }
    }

    /// <summary>Appends one entry.</summary>
    public AppendedEntry Append(EntryDraft draft, ISigner recorder) => Append([draft], recorder)[0];

    /// <summary>Streams entries from seq 1 upward (commit ids are collected first; entries are read one at a time).</summary>
    public IEnumerable<StoredEntry> ReadAll() => ReadChain(LedgerLayout.Ref, null);

    /// <summary>Leaf hashes of all entries, in order (for inclusion and consistency proofs).</summary>
    public IReadOnlyList<byte[]> LeafHashes() => ReadAll().Select(e => MerkleHash.Leaf(e.Entry.CanonicalBytes.Span)).ToList();

    /// <inheritdoc />
    public void Dispose() => _git.Dispose();

    internal GitObjects Objects => _git;

    internal IEnumerable<StoredEntry> ReadChain(string refOrCommit, string? excludeFrom)
    {
        var tip = refOrCommit.StartsWith("refs/", StringComparison.Ordinal) ? _git.ResolveRef(refOrCommit) : refOrCommit;
        if (tip is null)
        {
            yield break;
        }

        foreach (var id in _git.FirstParentChain(tip, excludeFrom))
        {
            yield return ReadEntry(id);
        }
    }

    internal StoredEntry ReadEntry(string commitId) => ReadEntry(_git, commitId);

    /// <summary>Reads one ledger commit as an entry with its checkpoint note, envelope and commit key (no checks).</summary>
    internal static StoredEntry ReadEntry(GitObjects git, string commitId)
    {
        var commit = git.ReadCommit(commitId);
        var files = git.ReadTree(commit.TreeId);
        var entry = files.GetValueOrDefault(LedgerLayout.EntryFile) ?? throw new FormatException($"Commit {commitId} has no {LedgerLayout.EntryFile}.");
        var checkpoint = files.GetValueOrDefault(LedgerLayout.CheckpointFile);
        var envelope = files.GetValueOrDefault(LedgerLayout.EnvelopeFile);
        ReadOnlyMemory<byte>? envelopeMemory = envelope is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(envelope);
        var note = checkpoint is null ? null : System.Text.Encoding.UTF8.GetString(checkpoint);
        return new StoredEntry(LedgerEntry.Parse(entry), commitId, note, envelopeMemory)
        {
            CommitKey = commit.Signature is { } armored && Signing.Sshsig.TryParseKey(armored) is { } key ? key : null,
        };
    }

    internal (LedgerTip? Tip, CompactRange Range) ReadState(string refName)
    {
        var tipId = _git.ResolveRef(refName);
        if (tipId is null)
        {
            return (null, new CompactRange());
        }

        var stored = ReadEntry(tipId);
        var note = stored.Checkpoint ?? throw new InvalidDataException(
            $"The ledger tip (entry {stored.Entry.Seq}) carries no checkpoint: the ledger was cut inside a batch; run 'govern audit verify'.");
        var checkpoint = Checkpoint.ParseBody(SignedNote.Parse(note).Text);
        var tip = new LedgerTip(stored.Entry.Seq, tipId, stored.Entry.Digest, stored.Entry.Time, checkpoint, note);
        var range = FrontierCache.Load(_git.GitDirectory, tipId, checkpoint.Size, checkpoint.RootHash.Span)
            ?? StoredFrontier(tipId, checkpoint);
        if (range is null)
        {
            range = new CompactRange();
            foreach (var e in ReadChain(tipId, null))
            {
                range.AppendData(e.Entry.CanonicalBytes.Span);
            }

            if (range.Size != checkpoint.Size || range.Size != tip.Seq || !range.Root().AsSpan().SequenceEqual(checkpoint.RootHash.Span))
            {
                throw new InvalidDataException("The ledger tip's checkpoint does not match its entries; run 'govern audit verify'.");
            }
        }

        return (tip, range);
    }

    // The frontier the index stores beside the tip's checkpoint, used only if it folds to that signed root.
    private CompactRange? StoredFrontier(string tipId, Checkpoint checkpoint)
    {
        try
        {
            var index = _git.ReadTreeItems(_git.ReadCommit(tipId).TreeId).FirstOrDefault(i => i.Name == IndexLayout.Folder && i.IsTree).Id;
            var meta = index is null ? null : _git.ReadTreeItems(index).FirstOrDefault(i => i.Name == IndexLayout.MetaFile && !i.IsTree).Id;
            var frontier = meta is null ? null : IndexMeta.Parse(_git.ReadBlob(meta))?.Frontier;
            return frontier is not null && frontier.Size == checkpoint.Size && frontier.Root().AsSpan().SequenceEqual(checkpoint.RootHash.Span) ? frontier : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    internal (List<AppendedEntry> Receipts, CompactRange Range) WriteBatch(IReadOnlyList<EntryDraft> drafts, ISigner recorder, (LedgerTip? Tip, CompactRange Range) state)
    {
        if (drafts.Count < PackThreshold)
        {
            return WriteObjects(drafts, recorder, state);
        }

        _git.BeginPack();
        try
        {
            var result = WriteObjects(drafts, recorder, state);
            _git.FlushPack();
            return result;
        }
        finally
        {
            _git.AbandonPack();
        }
    }

    private (List<AppendedEntry> Receipts, CompactRange Range) WriteObjects(IReadOnlyList<EntryDraft> drafts, ISigner recorder, (LedgerTip? Tip, CompactRange Range) state)
    {
        var range = state.Range.Clone();
        var origin = state.Tip?.Checkpoint.Origin ?? _options.Origin;
        var parent = state.Tip?.CommitId;
        var prev = state.Tip?.EntryDigest;
        var seq = state.Tip?.Seq ?? 0;
        var lastTime = state.Tip?.Time ?? DateTimeOffset.MinValue;
        var receipts = new List<AppendedEntry>(drafts.Count);
        var (baseIndex, indexed) = _options.WriteIndex ? IndexBase(state.Tip) : (null, null);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            seq++;
            var time = draft.Time ?? Max(_time.GetUtcNow(), lastTime);
            var envelopeBytes = draft.Envelope?.ToJson();
            var envelopeDigest = envelopeBytes is null ? null : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(envelopeBytes));
            var entry = LedgerEntry.Create(draft, seq, prev, time, envelopeDigest);
            range.AppendData(entry.CanonicalBytes.Span);
            var files = new List<TreeItem> { new(LedgerLayout.EntryFile, false, _git.WriteBlob(entry.CanonicalBytes.ToArray())) };

            // The ref moves once per batch, so only the tree after the batch's last entry is ever published: that commit
            // carries the signed checkpoint (DESIGN §5). Entries inside the batch are bound by their commit signatures and
            // by the checkpoint's root.
            string? note = null;
            if (i == drafts.Count - 1)
            {
                note = CheckpointNote.Sign(new Checkpoint(origin, seq, range.Root()), recorder);
                files.Add(new(LedgerLayout.CheckpointFile, false, _git.WriteBlob(System.Text.Encoding.UTF8.GetBytes(note))));
                if (indexed is not null)
                {
                    // The subject index beside the checkpoint lists entries 1…seq−1 (this commit's id cannot be in its own tree).
                    var meta = new IndexMeta(IndexLayout.Version, seq, range.Clone());
                    files.Add(new(IndexLayout.Folder, true, IndexWriter.Write(_git, baseIndex, indexed, meta)));
                }
            }

            if (envelopeBytes is not null)
            {
                files.Add(new(LedgerLayout.EnvelopeFile, false, _git.WriteBlob(envelopeBytes)));
            }

            var tree = _git.WriteTree(files);
            var message = string.Create(CultureInfo.InvariantCulture, $"{entry.Type} #{seq}\n");
            var unsigned = CommitFormat.Build(tree, parent, _options.Committer, time.ToUnixTimeSeconds(), message);
            var signature = Sshsig.Sign(unsigned, recorder, Trust.TrustStore.GitNamespace);
            parent = _git.WriteCommit(CommitFormat.InsertSignature(unsigned, signature));
            indexed?.Add(new IndexAddition(SubjectKeys.Of(entry), seq, parent));
            prev = entry.Digest;
            lastTime = time;
            receipts.Add(new AppendedEntry(entry, parent, note));
        }

        return (receipts, range);
    }

    // The index the batch extends and what it must add first: the previous tip's entry (listed only from the next batch
    // on), or, for a ledger written before the index, every entry so far (a one-time migration that reads the chain).
    private (string? BaseIndex, List<IndexAddition> Additions) IndexBase(LedgerTip? tip)
    {
        var additions = new List<IndexAddition>();
        if (tip is null)
        {
            return (null, additions);
        }

        var items = _git.ReadTreeItems(_git.ReadCommit(tip.CommitId).TreeId);
        var index = items.FirstOrDefault(i => i.Name == IndexLayout.Folder && i.IsTree).Id;
        var meta = index is null ? null : _git.ReadTreeItems(index).FirstOrDefault(i => i.Name == IndexLayout.MetaFile && !i.IsTree).Id;
        if (meta is not null && IndexMeta.Parse(_git.ReadBlob(meta)) is { } parsed && parsed.Size == tip.Seq)
        {
            var entry = LedgerEntry.Parse(_git.ReadBlob(items.First(i => i.Name == LedgerLayout.EntryFile).Id));
            additions.Add(new IndexAddition(SubjectKeys.Of(entry), tip.Seq, tip.CommitId));
            return (index, additions);
        }

        foreach (var stored in ReadChain(tip.CommitId, null))
        {
            additions.Add(new IndexAddition(SubjectKeys.Of(stored.Entry), stored.Entry.Seq, stored.CommitId));
        }

        return (null, additions);
    }

    internal bool TryMoveRef(string refName, string? expectedOld, string newId)
    {
        var old = expectedOld ?? new string('0', newId.Length);
        var (code, _, _) = GitCli.Run(_git.WorkingDirectory, "update-ref", "-m", "governance ledger append", refName, newId, old);
        return code == 0;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
