using System.Globalization;
using System.Text;
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
        var text = Encoding.ASCII.GetString(chunk);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var space = end < 0 ? -1 : text.IndexOf(' ', start, end - start);
            if (space < 0 || end - space - 1 != 40
                || !long.TryParse(text.AsSpan(start, space - start), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                || text[start] == '0' || seq < 1 || seq >= Meta.Size || (into.Count > 0 && seq <= into[^1].Seq))
            {
                throw new FormatException($"index key {key}: malformed or out-of-order line");
            }

            var commit = text.Substring(space + 1, 40);
            if (commit.Any(c => c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f'))))
            {
                throw new FormatException($"index key {key}: malformed commit id");
            }

            into.Add((seq, commit));
            start = end + 1;
        }
    }

    /// <summary>Every key folder's chunk lines, by key hash (for the full verifier's comparison).</summary>
    public IEnumerable<(string KeyHash, List<(long Seq, string CommitId)> Lines)> All()
    {
        foreach (var first in _root.Values.Where(i => i.Name != IndexLayout.MetaFile))
        {
            foreach (var second in Items(_git, first).Values)
            {
                foreach (var key in Items(_git, second).Values)
                {
                    var hash = first.Name + second.Name + key.Name;
                    var lines = new List<(long, string)>();
                    var chunks = Items(_git, key);
                    for (var number = 0; number < chunks.Count; number++)
                    {
                        if (!chunks.TryGetValue(IndexLayout.ChunkName(number), out var chunk) || chunk.IsTree)
                        {
                            throw new FormatException($"index key {hash}: chunk {number} is missing");
                        }

                        ParseChunk(_git.ReadBlob(chunk.Id), lines, hash);
                    }

                    yield return (hash, lines);
                }
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
