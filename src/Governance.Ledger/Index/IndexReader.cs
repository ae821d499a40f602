using Governance.Ledger.Storage;

namespace Governance.Ledger.Index;

/// <summary>
/// Reads the subject index of one commit. Every malformed shape (bad line, seq out of range or out of order, a chunk
/// other than the last one not full, a gap in chunk names) throws <see cref="FormatException"/>: a reader never guesses.
/// </summary>
internal sealed class IndexReader
{
    private readonly GitObjects _git;
    private readonly Dictionary<string, TreeItem> _root;

    private IndexReader(GitObjects git, Dictionary<string, TreeItem> root, IndexMeta meta)
    {
        _git = git;
        _root = root;
        Meta = meta;
    }

    /// <summary>The index header.</summary>
    public IndexMeta Meta { get; }

    /// <summary>Opens the index in a commit's tree; null when the commit has none of this version.</summary>
    public static IndexReader? Open(GitObjects git, string commitTreeId)
    {
        ArgumentNullException.ThrowIfNull(git);
        var folder = git.ReadTreeItems(commitTreeId).FirstOrDefault(i => i.Name == IndexLayout.Folder);
        if (folder.Id is null)
        {
            return null;
        }

        var root = Items(git, folder);
        if (!root.TryGetValue(IndexLayout.MetaFile, out var meta) || meta.IsTree)
        {
            throw new FormatException("the index has no meta file");
        }

        var parsed = IndexMeta.Parse(git.ReadBlob(meta.Id));
        return parsed is null ? null : new IndexReader(git, root, parsed);
    }

    /// <summary>The <c>(seq, commit)</c> pairs listed under <paramref name="key"/>, in increasing seq.</summary>
    public List<(long Seq, string CommitId)> Lookup(string key)
    {
        var (first, second, last) = IndexLayout.Path(IndexLayout.Hash(key));
        var result = new List<(long, string)>();
        if (!_root.TryGetValue(first, out var firstItem)
            || !Items(_git, firstItem).TryGetValue(second, out var secondItem)
            || !Items(_git, secondItem).TryGetValue(last, out var keyItem))
        {
            return result;
        }

        var chunks = Items(_git, keyItem);
        for (var number = 0; number < chunks.Count; number++)
        {
            if (!chunks.TryGetValue(IndexLayout.ChunkName(number), out var chunk) || chunk.IsTree)
            {
                throw new FormatException($"index key {key}: chunk {number} is missing");
            }

            var before = result.Count;
            ParseChunk(_git.ReadBlob(chunk.Id), result, key);
            var lines = result.Count - before;
            if (lines == 0 || lines > IndexLayout.ChunkLines || (number < chunks.Count - 1 && lines != IndexLayout.ChunkLines))
            {
                throw new FormatException($"index key {key}: chunk {number} holds {lines} lines");
            }
        }

        return result;
    }

    /// <summary>Parses <c>seq commit</c> lines onto <paramref name="into"/>, requiring seqs to increase within 1…size−1.</summary>
    public void ParseChunk(byte[] chunk, List<(long Seq, string CommitId)> into, string key)
    {
        var rest = chunk.AsSpan();
        while (!rest.IsEmpty)
        {
            var length = IndexLines.Read(rest, Meta.Size, into.Count > 0 ? into[^1].Seq : 0, key, out var seq);
            into.Add((seq, IndexLines.CommitOf(rest[..length])));
            rest = rest[length..];
        }
    }

    /// <summary>The first-level folders of the index (<c>index/&lt;h0h1&gt;</c>), in tree order: the unit a full comparison splits.</summary>
    public IReadOnlyList<TreeItem> Shards => [.. _root.Values.Where(i => i.Name != IndexLayout.MetaFile)];

    /// <summary>
    /// Every key folder below <paramref name="shard"/> with its chunk blobs in order, read through <paramref name="git"/>
    /// (one reader per thread). A missing chunk or a chunk other than the last that is not full throws.
    /// </summary>
    public static IEnumerable<(string KeyHash, List<byte[]> Chunks)> KeysIn(GitObjects git, TreeItem shard)
    {
        ArgumentNullException.ThrowIfNull(git);
        foreach (var second in Items(git, shard).Values)
        {
            foreach (var key in Items(git, second).Values)
            {
                var hash = shard.Name + second.Name + key.Name;
                var items = Items(git, key);
                var chunks = new List<byte[]>(items.Count);
                for (var number = 0; number < items.Count; number++)
                {
                    if (!items.TryGetValue(IndexLayout.ChunkName(number), out var chunk) || chunk.IsTree)
                    {
                        throw new FormatException($"index key {hash}: chunk {number} is missing");
                    }

                    chunks.Add(git.ReadBlob(chunk.Id));
                }

                yield return (hash, chunks);
            }
        }
    }

    private static Dictionary<string, TreeItem> Items(GitObjects git, TreeItem folder)
    {
        if (!folder.IsTree)
        {
            throw new FormatException($"index entry {folder.Name} is not a folder");
        }

        return git.ReadTreeItems(folder.Id).ToDictionary(i => i.Name, StringComparer.Ordinal);
    }
}
