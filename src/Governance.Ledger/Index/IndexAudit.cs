using System.Security.Cryptography;
using System.Text;
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
    private (IReadOnlyList<string> Keys, long Seq, string CommitId)? _held;

    /// <summary>Adds the next entry in ledger order (its keys are computed by the caller, on any thread).</summary>
    public void Add(IReadOnlyList<string> keys, long seq, string commitId)
    {
        if (_held is { } held)
        {
            foreach (var key in held.Keys)
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

                _digests[hash] = Fold(_digests.GetValueOrDefault(hash), held.Seq, held.CommitId);
            }
        }

        _held = (keys, seq, commitId);
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

            var expected = new Dictionary<string, byte[]>(_digests, StringComparer.Ordinal);
            foreach (var (hash, lines) in reader.All())
            {
                byte[]? digest = null;
                foreach (var (seq, commit) in lines)
                {
                    digest = Fold(digest, seq, commit);
                }

                if (!expected.Remove(hash, out var want) || digest is null || !want.AsSpan().SequenceEqual(digest))
                {
                    return Mismatch(head.Size, $"the subject index's list for key {hash} differs from the entries about that key");
                }
            }

            return expected.Count == 0 ? null : Mismatch(head.Size, $"the subject index omits {expected.Count} key(s) the entries name, e.g. {expected.Keys.First()}");
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            return Mismatch(head.Size, "the subject index is malformed: " + ex.Message);
        }
    }

    private static VerificationResult.Tampered Mismatch(long seq, string message) => new(seq, TamperKind.IndexMismatch, message);

    private static byte[] Fold(byte[]? digest, long seq, string commitId)
    {
        Span<byte> buffer = stackalloc byte[32 + 64];
        (digest ?? new byte[32]).CopyTo(buffer);
        var length = Encoding.ASCII.GetBytes(IndexLayout.Line(seq, commitId), buffer[32..]);
        return SHA256.HashData(buffer[..(32 + length)]);
    }
}
