using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;

namespace Governance.Ledger.Verification;

/// <summary>The sequential part of verification: seq, prev, time, Merkle root vs checkpoints, trusted checkpoint.</summary>
internal sealed class ChainState(Checkpoint? trusted, TimeSpan tolerance)
{
    private CompactRange _range = new();
    private readonly HashSet<string> _statements = new(StringComparer.Ordinal);
    private string? _lastDigest;
    private DateTimeOffset _lastTime = DateTimeOffset.MinValue;
    private Checkpoint? _head;
    private bool _lastHasCheckpoint = true;

    /// <summary>
    /// Starts after a verified prefix instead of at entry 1: its frontier, last entry digest and time, and checkpoint
    /// (the fast path replays only the entries after a trusted checkpoint).
    /// </summary>
    public void StartAfter(CompactRange range, string lastDigest, DateTimeOffset lastTime, Checkpoint head)
    {
        _range = range.Clone();
        _lastDigest = lastDigest;
        _lastTime = lastTime;
        _head = head;
    }

    /// <summary>
    /// Applies the next entry in ledger order. <paramref name="appearsLater"/> answers whether an entry with a given
    /// seq follows soon after this one (it tells a reordering from a removal; only asked when a seq is out of place).
    /// </summary>
    public VerificationResult? Apply(EntryCheck check, Func<long, bool> appearsLater)
    {
        Span<byte> root = stackalloc byte[MerkleHash.Size];
        var expected = _range.Size + 1;
        if (check.FailureKind is { } kind)
        {
            return new VerificationResult.Tampered(check.Entry?.Seq ?? expected, kind, check.FailureMessage ?? kind.ToString());
        }

        var entry = check.Entry!;
        if (entry.Seq != expected)
        {
            if (entry.Seq < expected)
            {
                return Tampered(expected, TamperKind.Inserted, $"position {expected} holds an entry numbered {entry.Seq}: an entry was inserted or duplicated");
            }

            return appearsLater(expected)
                ? Tampered(expected, TamperKind.Reordered, $"entry {expected} appears after entry {entry.Seq}")
                : Tampered(expected, TamperKind.Removed, $"entry {expected} is missing (next is {entry.Seq})");
        }

        if (entry.Prev != _lastDigest)
        {
            return Tampered(Math.Max(1, expected - 1), TamperKind.Edited, $"entry {expected} names prev {entry.Prev ?? "(none)"} but entry {expected - 1} hashes to {_lastDigest ?? "(none)"}");
        }

        if (entry.Time + tolerance < _lastTime)
        {
            return Tampered(expected, TamperKind.TimeBackwards, $"entry {expected} at {entry.TimeText} is earlier than its predecessor by more than {tolerance}");
        }

        foreach (var key in check.StatementKeys)
        {
            if (!_statements.Add(key))
            {
                return Tampered(expected, TamperKind.EnvelopeReused, $"entry {expected} carries a signed statement already used by an earlier entry ({key}): each statement counts once");
            }
        }

        _range.AppendLeafHash(check.LeafHash!);
        var checkedAgainstTrusted = trusted is not null && trusted.Size == expected;
        if (check.Checkpoint is not null || checkedAgainstTrusted)
        {
            _range.WriteRoot(root);
        }

        if (check.Checkpoint is { } checkpoint)
        {
            if (_head is not null && checkpoint.Origin != _head.Origin)
            {
                return Tampered(expected, TamperKind.CheckpointInconsistent, $"checkpoint origin changed from {_head.Origin} to {checkpoint.Origin}");
            }

            if (checkpoint.Size != expected)
            {
                return Tampered(expected, TamperKind.CheckpointInconsistent, $"checkpoint after entry {expected} claims size {checkpoint.Size}");
            }

            if (!root.SequenceEqual(checkpoint.RootHash.Span))
            {
                return Tampered(expected, TamperKind.Edited, $"entries up to {expected} differ from what their signed checkpoint committed to");
            }

            _head = checkpoint;
        }

        if (checkedAgainstTrusted && (!trusted!.RootHash.Span.SequenceEqual(root) || trusted.Origin != (_head?.Origin ?? trusted.Origin)))
        {
            return Tampered(expected, TamperKind.CheckpointInconsistent, $"history up to {expected} differs from the trusted checkpoint (rewritten)");
        }

        _lastHasCheckpoint = check.Checkpoint is not null;
        _lastDigest = entry.Digest;
        _lastTime = entry.Time > _lastTime ? entry.Time : _lastTime;
        return null;
    }

    public VerificationResult Finish()
    {
        // Every batch ends with a checkpoint and the ref only ever points at a batch's end, so a tip without one means
        // the ref was moved back into the middle of a batch.
        if (!_lastHasCheckpoint)
        {
            return Tampered(_range.Size + 1, TamperKind.RolledBack, $"the ledger ends at entry {_range.Size}, which carries no checkpoint: later entries of its batch were cut off");
        }

        if (trusted is not null && _head is not null && trusted.Origin != _head.Origin)
        {
            return Tampered(Math.Min(trusted.Size, _range.Size), TamperKind.CheckpointInconsistent, $"the ledger's origin {_head.Origin} differs from the trusted checkpoint's {trusted.Origin}");
        }

        if (trusted is not null && trusted.Size > _range.Size)
        {
            return Tampered(_range.Size + 1, TamperKind.RolledBack, $"the ledger has {_range.Size} entries but the trusted checkpoint has {trusted.Size} (truncated or rolled back)");
        }

        return new VerificationResult.Intact(_range.Size, _head);
    }

    private static VerificationResult.Tampered Tampered(long seq, TamperKind kind, string message) => new(seq, kind, message);
}
