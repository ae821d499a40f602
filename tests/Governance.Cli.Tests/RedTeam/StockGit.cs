using System.Text;
using Governance.Cli.Tests.Ledger;
using Governance.Ledger.Storage;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.RedTeam;

/// <summary>
/// The attacker's toolbox, stock git only: <c>hash-object -w</c> (also <c>--literally</c> for trees git itself would
/// refuse to build), <c>mktree</c>, <c>commit-tree -S</c> with <c>gpg.format=ssh</c> and <c>update-ref</c>.
/// </summary>
internal static class StockGit
{
    /// <summary>Writes <paramref name="content"/> as a blob and returns its id.</summary>
    public static string Blob(LedgerRepo repo, byte[] content) =>
        ProcessRunner.Run("git", ["hash-object", "-w", "--stdin"], repo.Path, content).EnsureSuccess("git hash-object").StdOut.Trim();

    /// <summary>Builds a tree from <c>mode type id\tname</c> lines with <c>git mktree</c>.</summary>
    public static string MkTree(LedgerRepo repo, params string[] lines) =>
        ProcessRunner.Run("git", ["mktree"], repo.Path, Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")).EnsureSuccess("git mktree").StdOut.Trim();

    /// <summary>
    /// The <c>git mktree</c> line of a tree entry with the object type its mode names (the ledger tip also holds the
    /// <c>index</c> subtree), optionally pointing at <paramref name="id"/> instead of its own object.
    /// </summary>
    public static string Line((string Mode, string Name, string Id) entry, string? id = null) =>
        $"{entry.Mode} {TypeOf(entry.Mode)} {id ?? entry.Id}\t{entry.Name}";

    /// <summary>Writes raw tree bytes (entries in the given order, duplicates allowed) with <c>git hash-object -t tree --literally</c>.</summary>
    public static string LiteralTree(LedgerRepo repo, params (string Mode, string Name, string Id)[] entries)
    {
        using var bytes = new MemoryStream();
        foreach (var (mode, name, id) in entries)
        {
            // Raw trees write modes without leading zeros (ls-tree prints a subtree as 040000, the object holds 40000).
            bytes.Write(Encoding.ASCII.GetBytes($"{mode.TrimStart('0')} {name}\0"));
            bytes.Write(Convert.FromHexString(id));
        }

        var file = Path.Combine(repo.Path, ".git", "forged-tree");
        File.WriteAllBytes(file, bytes.ToArray());
        return repo.Repo.GitOut("hash-object", "-t", "tree", "--literally", "-w", file);
    }

    /// <summary>The (mode, name, id) entries of a tree, as <c>git ls-tree</c> prints them.</summary>
    public static List<(string Mode, string Name, string Id)> Entries(LedgerRepo repo, string treeish) =>
        [.. repo.Repo.GitOut("ls-tree", treeish).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var parts = line[..tab].Split(' ');
            return (parts[0], line[(tab + 1)..], parts[2]);
        })];

    /// <summary>Signs a commit of <paramref name="tree"/> with <paramref name="keyFile"/> at the Unix time <paramref name="time"/> and moves the ledger ref to it.</summary>
    public static string CommitAndMoveLedger(LedgerRepo repo, string keyFile, string tree, long time, params string[] parents)
    {
        var date = $"@{time} +0000";
        List<string> args = [$"GIT_COMMITTER_DATE={date}", $"GIT_AUTHOR_DATE={date}", "git", "-c", "gpg.format=ssh", "-c", "user.signingkey=" + Path.Combine(repo.Path, keyFile),
            "-c", "user.name=Mallory", "-c", "user.email=mallory@evil.example", "commit-tree", "-S", tree, "-m", "forged"];
        foreach (var parent in parents)
        {
            args.AddRange(["-p", parent]);
        }

        var forged = ProcessRunner.Run("env", args, repo.Path).EnsureSuccess("git commit-tree -S").StdOut.Trim();
        repo.Repo.GitOut("update-ref", LedgerLayout.Ref, forged);
        return forged;
    }

    /// <summary>The ledger tip's commit id, tree id and committer time.</summary>
    public static (string Commit, string Tree, long Time) Tip(LedgerRepo repo)
    {
        var tip = repo.Repo.GitOut("rev-parse", LedgerLayout.Ref);
        return (tip, repo.Repo.GitOut("rev-parse", tip + "^{tree}"), long.Parse(repo.Repo.GitOut("log", "-1", "--format=%ct", tip), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Asserts verify exits 1 naming <paramref name="reason"/> and check never allows (deny, or could not verify).</summary>
    public static void AssertCaught(LedgerRepo repo, string reason)
    {
        var verified = repo.Govern("audit", "verify");
        Assert.True(verified.Exit == 1, verified.Output + verified.Error);
        Assert.Contains($": {reason}: ", verified.Output, StringComparison.Ordinal);
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));
        Assert.True(check.Exit is 1 or 2, check.Output + check.Error);
    }

    private static string TypeOf(string mode) => mode switch
    {
        "040000" => "tree",
        "160000" => "commit",
        _ => "blob",
    };
}
