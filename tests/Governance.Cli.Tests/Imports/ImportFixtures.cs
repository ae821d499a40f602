using Governance.Cli.Tests.Lifecycle;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Imports;

/// <summary>The import fixtures (copied from the Ledger tests, written by llm-audit-trail's algorithm) and ledger reads.</summary>
internal static class ImportFixtures
{
    public const string HmacKey = "s3cret-kéy";

    public static string File(string name) => RepositoryRoot.Combine("tests", "Governance.Cli.Tests", "Imports", "Fixtures", name);

    public static string[] Lines(string name) => System.IO.File.ReadAllLines(File(name));

    /// <summary>Writes a variant of a fixture trail to the repo's scratch folder.</summary>
    public static string Variant(GovernedRepo repo, string name, IEnumerable<string> lines) =>
        repo.Scratch(name, string.Join('\n', lines) + "\n");

    public static IReadOnlyList<LedgerEntry> Entries(GovernedRepo repo)
    {
        if (repo.Git.Git("rev-parse", "-q", "--verify", LedgerLayout.Ref).ExitCode != 0)
        {
            return [];
        }

        using var store = new LedgerStore(repo.Path);
        return [.. store.ReadAll().Select(s => s.Entry)];
    }

    public static string? CurrHash(LedgerEntry entry) => (string?)entry.Payload["imported"]?["curr_hash"];

    /// <summary>A trail line's curr_hash (read as text: the lines hold NaN, which JSON parsers refuse).</summary>
    public static string CurrHashOf(string line) => System.Text.RegularExpressions.Regex.Match(line, "\"curr_hash\":\"([0-9a-f]{64})\"").Groups[1].Value;
}
