using System.Globalization;
using System.Text;
using Governance.Ledger.Index;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Ledger;

/// <summary>
/// check reads a few hundred-entry ledger through the signed subject index; every tampering an attacker without the
/// recorder key can do must end the check with exit 2 exactly when audit verify reports the ledger tampered.
/// </summary>
public sealed class FastCheckTests
{
    private const string Model = "sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940";

    [Fact]
    public void Check_LargeIndexedLedger_AllowsLikeTheExampleAndAuditVerifyIsIntact()
    {
        using var repo = Large();

        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));
        var verify = repo.Govern("audit", "verify");

        Assert.Equal(0, check.Exit);
        Assert.Contains("allowed:", check.Output, StringComparison.Ordinal);
        Assert.Equal(0, verify.Exit);
        Assert.StartsWith("intact: 417 entries", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IndexOmitsAnApprovalResignedWithStockGitByAnotherKey_ExitsTwoAsAuditVerifyExitsOne()
    {
        using var repo = Large();
        Forge(repo, tree => OmitFirstLine(repo, tree, SubjectKeys.Digest(Model)), "keys/alice.pem");

        AssertCheckFailsAsVerify(repo);
    }

    [Fact]
    public void AuditVerify_IndexOmitsAnEntryUnderTheRecorderKey_ReportsIndexMismatch()
    {
        using var repo = Large();
        Forge(repo, tree => OmitFirstLine(repo, tree, SubjectKeys.Digest(Model)), "keys/recorder.pem");

        var verify = repo.Govern("audit", "verify");

        Assert.Equal(1, verify.Exit);
        Assert.Contains("index-mismatch", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TipEntryEditedUnderItsOldSignature_ExitsTwoAsAuditVerifyExitsOne()
    {
        using var repo = Large();
        var tip = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");
        var entry = repo.Repo.GitOut("show", tip + ":entry.json").Replace("\"accuracy\"", "\"accuracx\"", StringComparison.Ordinal);
        var tree = ReplacePath(repo, repo.Repo.GitOut("rev-parse", tip + "^{tree}"), ["entry.json"], Blob(repo, entry));
        var commit = repo.Repo.GitOut("cat-file", "commit", tip);
        var forged = Run(repo, ["hash-object", "-t", "commit", "-w", "--stdin"], "tree " + tree + commit[45..] + "\n");
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", forged);

        AssertCheckFailsAsVerify(repo);
    }

    [Fact]
    public void Check_OldEntryReplayedOnTopWithStockGit_ExitsTwoAsAuditVerifyExitsOne()
    {
        using var repo = Large();
        var approvalCommit = repo.Repo.GitOut("log", "--format=%H", "--grep=approval.granted", "-1", "refs/governance/ledger");
        var tree = repo.Repo.GitOut("rev-parse", approvalCommit + "^{tree}");
        var tip = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");
        var time = repo.Repo.GitOut("log", "-1", "--format=%ct", approvalCommit);
        var replayed = Run(repo, ["env", "GIT_COMMITTER_DATE=@" + time + " +0000", "git", "-c", "gpg.format=ssh", "-c", "user.signingkey=" + Path.Combine(repo.Path, "keys/alice.pem"),
            "commit-tree", "-S", tree, "-p", tip, "-m", "replay"], null, exe: "env");
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", replayed);

        AssertCheckFailsAsVerify(repo);
    }

    private static void AssertCheckFailsAsVerify(LedgerRepo repo)
    {
        var verify = repo.Govern("audit", "verify");
        var check = repo.Govern(repo.Check("--evidence", repo.Context(), "--no-record"));

        Assert.Equal(1, verify.Exit);
        Assert.Equal(2, check.Exit);
        Assert.Equal("", check.Output);
        var reported = verify.Output.Split('\n')[0]; // "TAMPERED at entry N: kind: message"
        var seq = reported.Split(' ')[3].TrimEnd(':');
        Assert.Contains($"the ledger failed verification at entry {seq} ", check.Error, StringComparison.Ordinal);
    }

    // 200 evaluations of other models, the example release (16 entries) and release@'s signed model card, then 200
    // more: the release sits mid-history. The example file's attestation is relayed (no one signed it), so under trust
    // v2 it never satisfies the model-card rule; release signs it in the ledger, as RecordingTests does.
    internal static LedgerRepo Large()
    {
        var repo = LedgerRepo.Create();
        Assert.Equal(0, repo.Govern("record", "--from-evidence", Noise(repo, "noise1.json", 0), "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, repo.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem").Exit);
        Assert.Equal(0, repo.AttestModelCard().Exit);
        Assert.Equal(0, repo.Govern("record", "--from-evidence", Noise(repo, "noise2.json", 1), "--key", "keys/recorder.pem").Exit);
        return repo;
    }

    private static string Noise(LedgerRepo repo, string name, int part)
    {
        var items = Enumerable.Range(0, 200).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{{\"metric\":\"accuracy\",\"value\":0.{i % 90 + 10},\"dataset\":\"mmlu\",\"digest\":\"sha256:{(part * 1000 + i / 10).ToString("x64", CultureInfo.InvariantCulture)}\",\"time\":\"2026-11-20T10:00:00Z\"}}"));
        return repo.Write(name, "{\"evaluations\":[" + string.Join(',', items) + "]}");
    }

    // Replaces the tip by a commit with an edited tree on the same parent, signed with stock git and an SSH key.
    private static void Forge(LedgerRepo repo, Func<string, string> editTree, string key)
    {
        var tip = repo.Repo.GitOut("rev-parse", "refs/governance/ledger");
        var tree = editTree(repo.Repo.GitOut("rev-parse", tip + "^{tree}"));
        var time = repo.Repo.GitOut("log", "-1", "--format=%ct", tip);
        var forged = Run(repo, ["env", "GIT_COMMITTER_DATE=@" + time + " +0000", "git", "-c", "gpg.format=ssh", "-c", "user.signingkey=" + Path.Combine(repo.Path, key),
            "commit-tree", "-S", tree, "-p", tip + "^", "-m", "forged"], null, exe: "env");
        repo.Repo.GitOut("update-ref", "refs/governance/ledger", forged);
    }

    // Drops the first line of the key's first chunk: the index no longer lists that entry.
    private static string OmitFirstLine(LedgerRepo repo, string tree, string key)
    {
        var hash = IndexLayout.Hash(key);
        string[] path = ["index", hash[..2], hash[2..4], hash[4..], IndexLayout.ChunkName(0)];
        var chunk = repo.Repo.GitOut("show", tree + ":" + string.Join('/', path)) + "\n";
        return ReplacePath(repo, tree, path, Blob(repo, chunk[(chunk.IndexOf('\n', StringComparison.Ordinal) + 1)..]));
    }

    private static string Blob(LedgerRepo repo, string content) => Run(repo, ["hash-object", "-w", "--stdin"], content);

    private static string ReplacePath(LedgerRepo repo, string tree, string[] path, string blob)
    {
        var lines = repo.Repo.GitOut("ls-tree", tree).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = lines.FindIndex(l => l.EndsWith("\t" + path[0], StringComparison.Ordinal));
        var replacement = path.Length == 1 ? "100644 blob " + blob : "040000 tree " + ReplacePath(repo, lines[at].Split(' ', '\t')[2], path[1..], blob);
        lines[at] = replacement + "\t" + path[0];
        return Run(repo, ["mktree"], string.Join('\n', lines) + "\n");
    }

    private static string Run(LedgerRepo repo, string[] args, string? stdin, string exe = "git")
    {
        var result = ProcessRunner.Run(exe, exe == "git" ? args : args[1..], repo.Path, stdin is null ? null : Encoding.UTF8.GetBytes(stdin));
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.StdOut.Trim();
    }
}
