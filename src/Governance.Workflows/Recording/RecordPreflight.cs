using Governance.Workflows.Hosting;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Workflows.Recording;

/// <summary>
/// Refusals before anything is written that the verifier cannot see: a payload whose canonical form would say
/// something other than what was typed (duplicate members, numbers that do not survive), and training inputs naming
/// datasets the ledger never registered (which would deny the model forever).
/// </summary>
internal static class RecordPreflight
{
    /// <summary>Returns <paramref name="parsed"/> when its canonical form means exactly <paramref name="text"/>; else exit 2.</summary>
    public static JsonObject RequireFaithful(string text, JsonObject parsed)
    {
        using var typed = JsonDocument.Parse(text);
        if (FirstDuplicate(typed.RootElement) is { } name)
        {
            throw new WorkflowException($"--payload: member '{name}' appears twice; a ledger payload is canonical JSON with unique members");
        }

        using var canonical = JsonDocument.Parse(JsonCanonicalizer.Canonicalize(parsed));
        return JsonElement.DeepEquals(typed.RootElement, canonical.RootElement)
            ? parsed
            : throw new WorkflowException("--payload: its canonical form (RFC 8785) would not mean the same (a number that does not survive as a double?); write it as it should be stored");
    }

    /// <summary>Refuses a training record whose dataset inputs are not registered in the ledger.</summary>
    public static void Check(LedgerSession session, string type, JsonObject payload)
    {
        if (type is not (EntryTypes.TrainingCompleted or EntryTypes.TrainingStarted) || payload["inputs"] is not JsonArray inputs)
        {
            return;
        }

        var wanted = inputs.OfType<JsonObject>().Where(i => (string?)i["kind"] == "dataset").Select(i => (string?)i["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var stored in session.Store.ReadAll())
        {
            if (stored.Entry.Type == EntryTypes.DatasetRegistered && stored.Entry.Payload["id"] is JsonValue id && id.TryGetValue<string>(out var registered))
            {
                wanted.Remove(registered);
            }
        }

        if (wanted.Count > 0)
        {
            throw new WorkflowException($"--input: dataset {Format.List([.. wanted.Order(StringComparer.Ordinal)])} is not registered in the ledger; record it first with 'govern record dataset --dataset <id> …'");
        }
    }

    private static string? FirstDuplicate(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        return property.Name;
                    }

                    if (FirstDuplicate(property.Value) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(FirstDuplicate).FirstOrDefault(n => n is not null);
            default:
                return null;
        }
    }
}
