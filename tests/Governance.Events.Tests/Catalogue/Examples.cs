using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Events.Tests.Catalogue;

/// <summary>
/// Example payloads per type (<c>examples.json</c>): for each type one with every schema member set (nested objects,
/// foreign <c>imported</c> provenance with nulls, unknown vendor members) and one with only the required members.
/// </summary>
internal static class Examples
{
    private static readonly Lazy<JsonObject> All = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Catalogue", "examples.json")))!.AsObject());

    public static IEnumerable<string> Types => All.Value.Select(kv => kv.Key);

    public static IReadOnlyList<JsonObject> Of(string type) =>
        All.Value[type] is JsonArray list ? [.. list.Select(n => n!.AsObject())] : [];

    public static string Canonical(JsonNode node) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(node));
}
