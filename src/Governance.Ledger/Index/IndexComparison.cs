using Governance.Ledger.Storage;

namespace Governance.Ledger.Index;

/// <summary>
/// Folds the tip index's own lines and compares them with the digests the entries produced (<see cref="IndexAudit"/>),
/// one first-level folder (shard) at a time on every core. Shards are claimed in tree order and each is compared
/// whole, so the failure reported is the first one in tree order, the one a sequential comparison reports. The
/// digests of the entries are only read here.
/// </summary>
internal sealed class IndexComparison(IndexReader reader, IReadOnlyDictionary<string, byte[]> expected, string gitDirectory)
{
    private readonly IReadOnlyList<TreeItem> _shards = reader.Shards;
    private readonly object _gate = new();
    private int _claimed = -1;
    private int _matched;
    private (int Shard, int Key, string Message)? _failure;

    /// <summary>Null when every key the index lists has the entries' digest and no key is missing; else the first finding.</summary>
    public string? Run(int workers)
    {
        Parallel.For(0, Math.Max(1, workers), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, _ => Work());
        if (_failure is { } failure)
        {
            return failure.Message;
        }

        return _matched == expected.Count ? null : $"the subject index omits {expected.Count - _matched} key(s) the entries name, e.g. {FirstMissing()}";
    }

    private void Work()
    {
        using var git = new GitObjects(gitDirectory);
        var read = 0;
        while (true)
        {
            var shard = Interlocked.Increment(ref _claimed);
            lock (_gate)
            {
                // A shard after a failure cannot change what is reported; one before it still can.
                if (shard >= _shards.Count || (_failure is { } known && known.Shard < shard))
                {
                    return;
                }
            }

            var ordinal = 0;
            try
            {
                foreach (var (hash, chunks) in IndexReader.KeysIn(git, _shards[shard]))
                {
                    if (++read % 4_096 == 0)
                    {
                        PackMappings.Trim();
                    }

                    if (!expected.TryGetValue(hash, out var want) || chunks.Count == 0 || !want.AsSpan().SequenceEqual(Fold(hash, chunks)))
                    {
                        Fail(shard, ordinal, $"the subject index's list for key {hash} differs from the entries about that key");
                        break;
                    }

                    Interlocked.Increment(ref _matched);
                    ordinal++;
                }
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
            {
                Fail(shard, ordinal, "the subject index is malformed: " + ex.Message);
            }
        }
    }

    private byte[] Fold(string hash, List<byte[]> chunks)
    {
        var digest = new byte[32];
        long previous = 0;
        for (var number = 0; number < chunks.Count; number++)
        {
            var rest = chunks[number].AsSpan();
            var lines = 0;
            while (!rest.IsEmpty)
            {
                var length = IndexLines.Read(rest, reader.Meta.Size, previous, hash, out previous);
                IndexLines.Fold(digest, rest[..length]);
                rest = rest[length..];
                lines++;
            }

            // The rule check's own lookups apply (IndexReader.Lookup): every chunk but the last is full.
            if (lines == 0 || lines > IndexLayout.ChunkLines || (number < chunks.Count - 1 && lines != IndexLayout.ChunkLines))
            {
                throw new FormatException($"index key {hash}: chunk {number} holds {lines} lines");
            }
        }

        return digest;
    }

    private void Fail(int shard, int key, string message)
    {
        lock (_gate)
        {
            if (_failure is not { } known || (shard, key).CompareTo((known.Shard, known.Key)) < 0)
            {
                _failure = (shard, key, message);
            }
        }
    }

    // Only on the failure path: the first key of the entries (in the order they were first seen) that the index lacks.
    private string FirstMissing()
    {
        using var git = new GitObjects(gitDirectory);
        var listed = _shards.SelectMany(s => IndexReader.KeysIn(git, s).Select(k => k.KeyHash)).ToHashSet(StringComparer.Ordinal);
        return expected.Keys.First(k => !listed.Contains(k));
    }
}
