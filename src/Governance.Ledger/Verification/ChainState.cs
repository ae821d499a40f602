using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;

namespace Governance.Ledger.Verification;

/// <summary>The sequential part of verification: seq, prev, time, Merkle root vs checkpoints, trusted checkpoint.</summary>
internal sealed class ChainState(Checkpoint? trusted, TimeSpan tolerance)
{
    private readonly CompactRange _range = new();
    private string? _lastDigest;
    private DateTimeOffset _lastTime = DateTimeOffset.MinValue;
    private Checkpoint? _head;

    public VerificationResult? Apply(ReadOnlySpan<EntryCheck> chunk)
    {
        Span<byte> root = stackalloc byte[MerkleHash.Size];
        for (var i = 0; i < chunk.Length; i++)
        {
            var expected = _range.Size + 1;
            var check = chunk[i];
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

                var later = false;
                for (var j = i + 1; j < chunk.Length; j++)
                {
                    later |= chunk[j].Entry?.Seq == expected;
                }

                return later
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

            _range.AppendLeafHash(check.LeafHash!);
            var checkpoint = check.Checkpoint!;
            if (_head is not null && checkpoint.Origin != _head.Origin)
            {
                return Tampered(expected, TamperKind.CheckpointInconsistent, $"checkpoint origin changed from {_head.Origin} to {checkpoint.Origin}");
            }

            _range.WriteRoot(root);
            if (checkpoint.Size != expected)
            {
                return Tampered(expected, TamperKind.CheckpointInconsistent, $"checkpoint after entry {expected} claims size {checkpoint.Size}");
            }

            if (!root.SequenceEqual(checkpoint.RootHash.Span))
            {
                return Tampered(expected, TamperKind.Edited, $"entries up to {expected} differ from what their signed checkpoint committed to");
            }

            if (trusted is not null && trusted.Size == expected && (!trusted.RootHash.Span.SequenceEqual(root) || trusted.Origin != checkpoint.Origin))
            {
                return Tampered(expected, TamperKind.CheckpointInconsistent, $"history up to {expected} differs from the trusted checkpoint (rewritten)");
            }

            _lastDigest = entry.Digest;
            _lastTime = entry.Time > _lastTime ? entry.Time : _lastTime;
            _head = checkpoint;
        }

        return null;
    }

    public VerificationResult Finish()
    {
        if (trusted is not null && trusted.Size > _range.Size)
        {
            return Tampered(_range.Size + 1, TamperKind.RolledBack, $"the ledger has {_range.Size} entries but the trusted checkpoint has {trusted.Size} (truncated or rolled back)");
        }

        return new VerificationResult.Intact(_range.Size, _head);
    }

    private static VerificationResult.Tampered Tampered(long seq, TamperKind kind, string message) => new(seq, kind, message);
}
