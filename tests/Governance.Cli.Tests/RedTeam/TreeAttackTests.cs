using System.Text;
using Governance.Cli.Tests.Attacks;
using Governance.Ledger.Storage;

namespace Governance.Cli.Tests.RedTeam;

/// <summary>
/// Red team, holder of the recorder key: commits whose signature is genuine but whose tree is not a ledger tree —
/// duplicate names, a symlinked entry, an extra envelope, a merge. A signature counts only for the tree it signs, and
/// the verifier must read that tree exactly as every other reader does.
/// </summary>
public sealed class TreeAttackTests
{
    [Fact]
    public void TreeWithTwoEntryJson_SignedByRecorder_Malformed()
    {
        using var repo = RoleAttackTests.Recorded();
        var (tip, tree, time) = StockGit.Tip(repo);
        var parent = repo.Repo.GitOut("rev-parse", tip + "^");
        var entries = StockGit.Entries(repo, tree);
        var entry = entries.Single(e => e.Name == LedgerLayout.EntryFile);
        var older = StockGit.Entries(repo, parent + "^{tree}").Single(e => e.Name == LedgerLayout.EntryFile);
        // Two blobs under one name: readers that binary-search a tree and readers that scan it see different entries.
        var forged = StockGit.LiteralTree(repo, [.. entries.Where(e => e.Name != LedgerLayout.EntryFile).Append(older).Append(entry).OrderBy(e => e.Name, StringComparer.Ordinal)]);

        StockGit.CommitAndMoveLedger(repo, "keys/recorder.pem", forged, time, parent);

        StockGit.AssertCaught(repo, "malformed");
    }

    [Fact]
    public void SymlinkedEntryJson_SignedByRecorder_Malformed()
    {
        using var repo = RoleAttackTests.Recorded();
        var (tip, tree, time) = StockGit.Tip(repo);
        var lines = StockGit.Entries(repo, tree).Select(e => e.Name == LedgerLayout.EntryFile
            ? $"120000 blob {StockGit.Blob(repo, Encoding.UTF8.GetBytes("../../.governance/allowed_signers"))}\t{e.Name}"
            : StockGit.Line(e));

        StockGit.CommitAndMoveLedger(repo, "keys/recorder.pem", StockGit.MkTree(repo, [.. lines]), time, repo.Repo.GitOut("rev-parse", tip + "^"));

        StockGit.AssertCaught(repo, "malformed");
    }

    [Fact]
    public void ExtraEnvelopeInEvaluationTree_SignedByRecorder_Malformed()
    {
        using var repo = RoleAttackTests.Recorded();
        Assert.Equal(0, repo.Govern("approve", "--model", "support-bot-v3", "--digest", Govern.Digest, "--key", "keys/alice.pem", "--recorder-key", "keys/recorder.pem").Exit);
        var alices = StockGit.Entries(repo, LedgerLayout.Ref + "^{tree}").Single(e => e.Name == LedgerLayout.EnvelopeFile);
        Assert.Equal(0, repo.Govern("record", "evaluation", "--digest", Govern.Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem").Exit);
        var (tip, tree, time) = StockGit.Tip(repo);
        var lines = StockGit.Entries(repo, tree).Select(e => StockGit.Line(e)).Append($"100644 blob {alices.Id}\t{LedgerLayout.EnvelopeFile}");

        StockGit.CommitAndMoveLedger(repo, "keys/recorder.pem", StockGit.MkTree(repo, [.. lines]), time, repo.Repo.GitOut("rev-parse", tip + "^"));

        StockGit.AssertCaught(repo, "malformed");
    }

    [Fact]
    public void MergeCommitOnLedgerRef_SignedByRecorder_Malformed()
    {
        using var repo = RoleAttackTests.Recorded();
        var (tip, tree, time) = StockGit.Tip(repo);
        var side = repo.Repo.GitOut("rev-parse", "HEAD");

        StockGit.CommitAndMoveLedger(repo, "keys/recorder.pem", tree, time, repo.Repo.GitOut("rev-parse", tip + "^"), side);

        StockGit.AssertCaught(repo, "malformed");
    }
}
