using System.Text;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Index;

/// <summary>
/// Writes the next version of the subject index: the previous index plus new <c>seq commit</c> lines. Only the last
/// chunk of each touched key, its chunk list, two shard trees and the root are rewritten; git shares the rest.
/// </summary>
internal static class IndexWriter
{
    /// <summary>Writes the index and returns its tree id. <paramref name="additions"/> must come in increasing seq.</summary>
    public static string Write(GitObjects git, string? baseIndex, IEnumerable<IndexAddition> additions, IndexMeta meta)
    {
        var byKey = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var addition in additions)
        {
            var line = IndexLayout.Line(addition.Seq, addition.CommitId);
            foreach (var key in addition.Keys)
            {
                var hash = IndexLayout.Hash(key);
                if (!byKey.TryGetValue(hash, out var lines))
                {
                    byKey[hash] = lines = new StringBuilder();
                }

                lines.Append(line);
            }
        }

        var root = Items(git, baseIndex);
        root.Remove(IndexLayout.MetaFile);
        foreach (var first in byKey.GroupBy(k => k.Key[..2]))
        {
            var firstItems = Items(git, root.GetValueOrDefault(first.Key).Id);
            foreach (var second in first.GroupBy(k => k.Key[2..4]))
            {
                var secondItems = Items(git, firstItems.GetValueOrDefault(second.Key).Id);
                foreach (var (hash, lines) in second)
                {
                    var rest = hash[4..];
                    var chunks = Items(git, secondItems.GetValueOrDefault(rest).Id);
                    secondItems[rest] = new TreeItem(rest, true, WriteKey(git, chunks, lines.ToString()));
                }

                firstItems[second.Key] = new TreeItem(second.Key, true, git.WriteTree(secondItems.Values));
            }

            root[first.Key] = new TreeItem(first.Key, true, git.WriteTree(firstItems.Values));
        }

        root[IndexLayout.MetaFile] = new TreeItem(IndexLayout.MetaFile, false, git.WriteBlob(meta.ToBytes()));
        return git.WriteTree(root.Values);
    }

    // Appends to the key's last chunk until it is full, then starts new chunks.
    private static string WriteKey(GitObjects git, Dictionary<string, TreeItem> chunks, string added)
    {
        var number = chunks.Count == 0 ? 0 : chunks.Count - 1;
        var text = new StringBuilder();
        var count = 0;
        if (chunks.TryGetValue(IndexLayout.ChunkName(number), out var last))
        {
            var existing = Encoding.ASCII.GetString(git.ReadBlob(last.Id));
            text.Append(existing);
            count = existing.Count(c => c == '\n');
        }

        var start = 0;
        while (start < added.Length)
        {
            if (count == IndexLayout.ChunkLines)
            {
                Flush(git, chunks, number++, text);
                count = 0;
            }

            var end = added.IndexOf('\n', start) + 1;
            text.Append(added, start, end - start);
            count++;
            start = end;
        }

        Flush(git, chunks, number, text);
        return git.WriteTree(chunks.Values);
    }

    private static void Flush(GitObjects git, Dictionary<string, TreeItem> chunks, int number, StringBuilder text)
    {
        var name = IndexLayout.ChunkName(number);
        chunks[name] = new TreeItem(name, false, git.WriteBlob(Encoding.ASCII.GetBytes(text.ToString())));
        text.Clear();
    }

    private static Dictionary<string, TreeItem> Items(GitObjects git, string? treeId) =>
        treeId is null ? new Dictionary<string, TreeItem>(StringComparer.Ordinal) : git.ReadTreeItems(treeId).ToDictionary(i => i.Name, StringComparer.Ordinal);
}
