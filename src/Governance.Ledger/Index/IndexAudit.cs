using System.Globalization;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Storage;
using Governance.Ledger.Verification;

namespace Governance.Ledger.Index;

/// <summary>
/// The full verifier's proof that the tip's subject index is right: while the entries stream past in order, it folds
/// each entry's <c>seq commit</c> line into a running SHA-256 per key (32 bytes per key, not the lines); at the end it
/// folds the index's own lines the same way and requires the same keys with the same digests, and the index's size
/// and frontier to match the tip's signed checkpoint. The tip's own entry is not listed (see <see cref="IndexWriter"/>).
/// </summary>
internal sealed class IndexAudit
{
    private readonly Dictionary<string, byte[]> _digests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly byte[] _heldId = new byte[20];
    private IReadOnlyList<string>? _heldKeys;
    private long _heldSeq;

    /// <summary>
    /// Adds the next entry in ledger order by its 20-byte commit id (its keys are computed by the caller, on any thread);
    /// digests are folded in place, without an allocation per entry.
    /// </summary>
    public void Add(IReadOnlyList<string> keys, long seq, ReadOnlySpan<byte> commitId)
    {
        if (_heldKeys is { } held)
        {
            Span<byte> hex = stackalloc byte[40];
            Convert.TryToHexStringLower(_heldId, hex, out _);
            foreach (var key in held)
            {
                // Keys repeat (one per model or dataset), so each is hashed once.
                if (!_hashes.TryGetValue(key, out var hash))
                {
                    hash = IndexLayout.Hash(key);
                    if (_hashes.Count < 65_536)
                    {
                        _hashes[key] = hash;
                    }
                }

                if (!_digests.TryGetValue(hash, out var digest))
                {
                    _digests[hash] = digest = new byte[32];
                }

                Fold(digest, _heldSeq, hex);
            }
        }

        _heldKeys = keys;
        _heldSeq = seq;
        commitId.CopyTo(_heldId);
    }

    /// <summary>Compares with the index in <paramref name="tipId"/>; null when it matches or the tip has no index.</summary>
    public VerificationResult.Tampered? Compare(GitObjects git, string tipId, Checkpoint head)
    {
        try
        {
            var reader = IndexReader.Open(git, git.ReadCommit(tipId).TreeId);
            if (reader is null)
            {
                return null;
            }

            if (reader.Meta.Size != head.Size || !reader.Meta.Frontier.Root().AsSpan().SequenceEqual(head.RootHash.Span))
            {
                return Mismatch(head.Size, $"the subject index claims size {reader.Meta.Size} and a frontier that does not fold to the signed checkpoint");
            }

            return new IndexComparison(reader, _digests, git.GitDirectory).Run(Environment.ProcessorCount) is { } finding
                ? Mismatch(head.Size, finding)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            return Mismatch(head.Size, "the subject index is malformed: " + ex.Message);
        }
    }

    private static VerificationResult.Tampered Mismatch(long seq, string message) => new(seq, TamperKind.IndexMismatch, message);

    // Folds "<seq> <commit hex>\n", the line IndexLayout.Line writes, as IndexLines.Fold folds the index's own lines.
    private static void Fold(Span<byte> digest, long seq, ReadOnlySpan<byte> commitHex)
    {
        Span<byte> line = stackalloc byte[20 + 1 + IndexLines.CommitHexLength + 1];
        seq.TryFormat(line, out var length, default, CultureInfo.InvariantCulture);
        line[length++] = (byte)' ';
        commitHex.CopyTo(line[length..]);
        length += commitHex.Length;
        line[length++] = (byte)'\n';
        IndexLines.Fold(digest, line[..length]);
    }
}
