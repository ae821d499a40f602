using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Governance.Ledger.Entries;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Docs;

/// <summary>The payload table in docs/lifecycle.md lists every entry type with its schema's required members.</summary>
public sealed partial class PayloadTableTests
{
    [Fact]
    public void LifecyclePayloadTable_EveryEntryType_MatchesItsSchemasRequiredMembers()
    {
        var rows = File.ReadLines(RepositoryRoot.Combine("docs", "lifecycle.md"))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["type"].Value, m => Members(m.Groups["required"].Value), StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var type in EntryTypes.All)
        {
            var schema = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("src", "Governance.Ledger", "Entries", "Schemas", type.Replace('/', '.') + ".schema.json")))!;
            var required = schema["required"]?.AsArray().Select(r => (string)r!).ToList() ?? [];
            if (!rows.TryGetValue(type, out var documented))
            {
                problems.Add($"docs/lifecycle.md: no payload row for {type}");
            }
            else if (!documented.SequenceEqual(required))
            {
                problems.Add($"docs/lifecycle.md: {type} documents required {string.Join(", ", documented)}; the schema requires {string.Join(", ", required)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static List<string> Members(string cell) => [.. Regex.Matches(cell, "`([^`]+)`").Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^\| `(?<type>[a-z_.]+/v1)` \| (?<required>[^|]*) \|")]
    private static partial Regex Row();
}
