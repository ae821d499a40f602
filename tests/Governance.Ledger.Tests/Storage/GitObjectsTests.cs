using System.Text;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Ledger.Tests.Storage;

/// <summary>The raw object reads verification uses behave as the LibGit2Sharp object model did.</summary>
public sealed class GitObjectsTests
{
    [Fact]
    public void ReadTree_Modes_OnlyRegularFilesHaveContent()
    {
        using var fx = new LedgerFixture();
        using var dir = new TempDirectory();
        var blobFile = Path.Combine(dir.Path, "blob");
        File.WriteAllText(blobFile, "x");
        var blob = Convert.FromHexString(fx.Repo.GitOut("hash-object", "-w", blobFile));
        var emptyTreeFile = Path.Combine(dir.Path, "empty");
        File.WriteAllBytes(emptyTreeFile, []);
        var emptyTree = Convert.FromHexString(fx.Repo.GitOut("hash-object", "-t", "tree", "-w", emptyTreeFile));
        var raw = new List<byte>();
        foreach (var (mode, name, oid) in new[] { ("100644", "a.json", blob), ("100755", "b.sh", blob), ("40000", "d", emptyTree), ("120000", "e", blob) })
        {
            raw.AddRange(Encoding.ASCII.GetBytes($"{mode} {name}\0"));
            raw.AddRange(oid);
        }

        var treeFile = Path.Combine(dir.Path, "tree");
        File.WriteAllBytes(treeFile, [.. raw]);
        var tree = fx.Repo.GitOut("hash-object", "-t", "tree", "-w", "--literally", treeFile);

        using var git = new GitObjects(fx.Repo.Path);
        var files = git.ReadTree(tree);

        Assert.Equal(["a.json", "b.sh", "d", "e"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("x"u8.ToArray(), files["a.json"]);
        Assert.Null(files["b.sh"]);
        Assert.Null(files["d"]);
        Assert.Null(files["e"]);
    }

    [Fact]
    public void ReadTree_Truncated_ThrowsWhatVerificationReportsAsMalformed()
    {
        using var fx = new LedgerFixture();
        using var dir = new TempDirectory();
        var treeFile = Path.Combine(dir.Path, "tree");
        File.WriteAllBytes(treeFile, [.. "100644 entry.json\0"u8, 1, 2, 3]);
        var tree = fx.Repo.GitOut("hash-object", "-t", "tree", "-w", "--literally", treeFile);

        using var git = new GitObjects(fx.Repo.Path);
        var ex = Record.Exception(() => git.ReadTree(tree));

        Assert.NotNull(ex);
        Assert.True(ex is InvalidOperationException || ex.GetType().Namespace == "LibGit2Sharp", ex.ToString());
    }

    [Fact]
    public void FirstParentIds_WithMerge_MatchesFirstParentChain()
    {
        using var fx = new LedgerFixture();
        using (var store = fx.OpenStore())
        {
            store.Append([.. Enumerable.Range(0, 4).Select(i => Drafts.Evaluation(i))], fx.Recorder);
        }

        var tip = fx.Repo.GitOut("rev-parse", LedgerLayout.Ref);
        var tree = fx.Repo.GitOut("rev-parse", LedgerLayout.Ref + "^{tree}");
        var side = fx.Repo.GitOut("commit-tree", tree, "-p", LedgerLayout.Ref + "~2", "-m", "side");
        var merge = fx.Repo.GitOut("commit-tree", tree, "-p", tip, "-p", side, "-m", "merge");

        using var git = new GitObjects(fx.Repo.Path);
        var ids = git.FirstParentIds(merge);

        Assert.Equal(git.FirstParentChain(merge), ids);
        Assert.Equal(5, ids.Count);
        Assert.Equal(merge, ids[^1]);
        Assert.DoesNotContain(side, ids);
    }
}
