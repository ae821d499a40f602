using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Index;

/// <summary>
/// The full verifier's comparison of the tip's subject index with the entries runs on several threads; whatever the
/// number of workers it must find exactly what a sequential comparison finds, the first finding in tree order.
/// </summary>
public sealed class IndexComparisonTests : IDisposable
{
    private static readonly int[] Workers = [1, 2, 4];
    private readonly LedgerFixture _fx = new();

    public IndexComparisonTests()
    {
        using var store = _fx.OpenStore();

        // 40 models with a dataset each (keys in many shards) and 300 evaluations of one model (a key with 3 chunks).
        var drafts = Enumerable.Range(0, 40).SelectMany(Model).Concat(Enumerable.Range(0, 300).Select(i => Drafts.Evaluation(i))).ToList();
        store.Append(drafts[..200], _fx.Recorder);
        store.Append(drafts[200..], _fx.Recorder);
    }

    [Fact]
    public void Run_IndexListsExactlyTheEntries_NoFindingWithAnyNumberOfWorkers()
    {
        using var git = new GitObjects(_fx.Repo.Path);
        var reader = Open(git, TipTree(git));
        var expected = NaiveDigests(git, reader);

        Assert.True(expected.Count > 80);
        Assert.All(Workers, w => Assert.Null(new IndexComparison(reader, expected, git.GitDirectory).Run(w)));
    }

    [Fact]
    public void Run_TwoKeysDifferInDifferentShards_ReportsTheFirstInTreeOrderWithAnyNumberOfWorkers()
    {
        using var git = new GitObjects(_fx.Repo.Path);
        var reader = Open(git, TipTree(git));
        var expected = NaiveDigests(git, reader);
        var inTreeOrder = reader.Shards.SelectMany(s => IndexReader.KeysIn(git, s).Select(k => k.KeyHash)).ToList();
        var (first, last) = (inTreeOrder[3], inTreeOrder[^2]);
        Assert.NotEqual(first[..2], last[..2]);
        expected[last] = new byte[32];
        expected[first] = new byte[32];

        foreach (var workers in Workers)
        {
            Assert.Equal($"the subject index's list for key {first} differs from the entries about that key", new IndexComparison(reader, expected, git.GitDirectory).Run(workers));
        }
    }

    [Fact]
    public void Run_EntriesNameKeysTheIndexLacks_ReportsTheOmissionAndTheFirstMissingKey()
    {
        using var git = new GitObjects(_fx.Repo.Path);
        var reader = Open(git, TipTree(git));
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["00missing"] = new byte[32], ["01missing"] = new byte[32] };
        foreach (var (key, digest) in NaiveDigests(git, reader))
        {
            expected[key] = digest;
        }

        Assert.All(Workers, w => Assert.Equal("the subject index omits 2 key(s) the entries name, e.g. 00missing", new IndexComparison(reader, expected, git.GitDirectory).Run(w)));
    }

    [Fact]
    public void Run_IndexListsAKeyNoEntryNames_ReportsThatKey()
    {
        using var git = new GitObjects(_fx.Repo.Path);
        var reader = Open(git, TipTree(git));
        var expected = NaiveDigests(git, reader);
        var extra = reader.Shards.SelectMany(s => IndexReader.KeysIn(git, s).Select(k => k.KeyHash)).First();
        expected.Remove(extra);

        Assert.All(Workers, w => Assert.Equal($"the subject index's list for key {extra} differs from the entries about that key", new IndexComparison(reader, expected, git.GitDirectory).Run(w)));
    }

    [Fact]
    public void Run_ChunkBeforeTheLastNotFull_ReportsMalformedAsCheckReadsIt()
    {
        using var git = new GitObjects(_fx.Repo.Path);
        var key = IndexLayout.Hash(SubjectKeys.Digest(Drafts.ModelDigest));
        var tree = TipTree(git);
        var expected = NaiveDigests(git, Open(git, tree));

        // The first chunk loses its last line, the next keeps its own: the lines still increase, but check's lookup refuses it.
        var path = $"index/{key[..2]}/{key[2..4]}/{key[4..]}/000000";
        var lines = _fx.Repo.GitOut("show", TipCommit() + ":" + path).Split('\n');
        var forged = Rewrite(tree, path, string.Join('\n', lines[..^1]) + "\n");
        var reader = Open(git, forged);

        Assert.Throws<FormatException>(() => reader.Lookup(SubjectKeys.Digest(Drafts.ModelDigest)));
        Assert.All(Workers, w => Assert.Equal($"the subject index is malformed: index key {key}: chunk 0 holds 127 lines", new IndexComparison(reader, expected, git.GitDirectory).Run(w)));
    }

    [Fact]
    public void Run_LineWithALeadingZero_ReportsMalformed()
    {
        using var git = new GitObjects(_fx.Repo.Path);
        var key = IndexLayout.Hash(SubjectKeys.Digest(Drafts.ModelDigest));
        var tree = TipTree(git);
        var expected = NaiveDigests(git, Open(git, tree));
        var path = $"index/{key[..2]}/{key[2..4]}/{key[4..]}/000002";
        var forged = Rewrite(tree, path, "0" + _fx.Repo.GitOut("show", TipCommit() + ":" + path) + "\n");

        Assert.All(Workers, w => Assert.Equal($"the subject index is malformed: index key {key}: malformed or out-of-order line", new IndexComparison(Open(git, forged), expected, git.GitDirectory).Run(w)));
    }

    private static IEnumerable<EntryDraft> Model(int i)
    {
        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("m" + i)));
        var dataset = "ds:" + i;
        yield return new EntryDraft(EntryTypes.DatasetRegistered, new EntryActor("ci"), new EntrySubject(Dataset: dataset), new JsonObject { ["id"] = dataset });
        yield return new EntryDraft(EntryTypes.EvaluationRecorded, new EntryActor("ci"), new EntrySubject("m" + i, digest),
            new JsonObject { ["metric"] = "accuracy", ["value"] = 0.5, ["digest"] = digest });
    }

    private static IndexReader Open(GitObjects git, string tree) => IndexReader.Open(git, tree) ?? throw new InvalidOperationException("no index");

    private string TipCommit() => _fx.Repo.GitOut("rev-parse", LedgerLayout.Ref);

    private string TipTree(GitObjects git) => git.ReadCommit(TipCommit()).TreeId;

    // The fold IndexAudit applies to the entries, computed here from the index's own text.
    private static Dictionary<string, byte[]> NaiveDigests(GitObjects git, IndexReader reader)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (hash, chunks) in reader.Shards.SelectMany(s => IndexReader.KeysIn(git, s)))
        {
            var digest = new byte[32];
            foreach (var line in chunks.SelectMany(c => Encoding.ASCII.GetString(c).Split('\n', StringSplitOptions.RemoveEmptyEntries)))
            {
                digest = SHA256.HashData([.. digest, .. Encoding.ASCII.GetBytes(line + "\n")]);
            }

            result[hash] = digest;
        }

        return result;
    }

    // A copy of `tree` with the file at `path` replaced (stock git plumbing, as an attacker would).
    private string Rewrite(string tree, string path, string content)
    {
        var dir = _fx.Dir.Path;
        var blob = Path.Combine(dir, "blob-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blob, content);
        var blobId = _fx.Repo.GitOut("hash-object", "-w", blob);
        var index = "GIT_INDEX_FILE=" + Path.Combine(dir, "index-" + Guid.NewGuid().ToString("N"));
        string Git(params string[] args) => ProcessRunner.Run("env", [index, "git", .. args], _fx.Repo.Path).EnsureSuccess("git " + args[0]).StdOut.Trim();
        Git("read-tree", tree);
        Git("update-index", "--cacheinfo", "100644," + blobId + "," + path);
        return Git("write-tree");
    }

    public void Dispose() => _fx.Dispose();
}
