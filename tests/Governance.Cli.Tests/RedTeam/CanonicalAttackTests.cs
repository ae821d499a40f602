using System.Text;
using Governance.Cli.Tests.Attacks;
using Governance.Ledger.Storage;

namespace Governance.Cli.Tests.RedTeam;

/// <summary>
/// Red team, holder of the recorder key: the tip's entry.json re-encoded so that a lenient parser reads the same (or
/// a different) entry from bytes that are not its canonical form. Only RFC 8785 bytes are an entry.
/// </summary>
public sealed class CanonicalAttackTests
{
    [Theory]
    [InlineData("duplicate-key")]
    [InlineData("non-canonical-number")]
    [InlineData("escaped-character")]
    [InlineData("trailing-newline")]
    [InlineData("byte-order-mark")]
    [InlineData("nul-padding")]
    public void ReencodedEntryJson_SignedByRecorder_Edited(string mutation)
    {
        using var repo = RoleAttackTests.Recorded();
        var (tip, tree, time) = StockGit.Tip(repo);
        var entries = StockGit.Entries(repo, tree);
        var original = repo.Repo.GitOut("cat-file", "blob", entries.Single(e => e.Name == LedgerLayout.EntryFile).Id);
        Assert.StartsWith("{\"actor\":", original, StringComparison.Ordinal);
        Assert.EndsWith(",\"v\":1}", original, StringComparison.Ordinal);
        var bytes = mutation switch
        {
            // Last key wins in most parsers: the same "v" twice, the first one unseen by them.
            "duplicate-key" => Encoding.UTF8.GetBytes("{\"v\":2," + original[1..]),
            "non-canonical-number" => Encoding.UTF8.GetBytes(original[..^2] + "1.0}"),
            "escaped-character" => Encoding.UTF8.GetBytes(original.Replace("\"type\":\"attestation.added/v1\"", "\"type\":\"attestation\\u002eadded/v1\"", StringComparison.Ordinal)),
            "trailing-newline" => Encoding.UTF8.GetBytes(original + "\n"),
            "byte-order-mark" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)],
            _ => [.. Encoding.UTF8.GetBytes(original), 0],
        };
        Assert.NotEqual(original, Encoding.UTF8.GetString(bytes));
        var blob = StockGit.Blob(repo, bytes);
        var lines = entries.Select(e => StockGit.Line(e, e.Name == LedgerLayout.EntryFile ? blob : null));

        StockGit.CommitAndMoveLedger(repo, "keys/recorder.pem", StockGit.MkTree(repo, [.. lines]), time, repo.Repo.GitOut("rev-parse", tip + "^"));

        StockGit.AssertCaught(repo, "edited");
    }
}
