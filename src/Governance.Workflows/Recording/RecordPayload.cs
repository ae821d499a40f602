using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Ledger.Entries;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Recording;

/// <summary>What a user types for a record: an entry type name and a JSON payload, checked before anything is signed.</summary>
public static class RecordPayload
{
    /// <summary>The full entry type for <paramref name="type"/> (<c>policy.changed</c> means <c>policy.changed/v1</c>); unknown types exit 2.</summary>
    public static string TypeName(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var full = type.Contains('/', StringComparison.Ordinal) ? type : type + "/v1";
        return EntryTypes.All.Contains(full, StringComparer.Ordinal) ? full
            : throw new WorkflowException($"unknown entry type '{type}'; known: {Format.List(EntryTypes.All)}");
    }

    /// <summary>
    /// Parses <c>--payload</c>: a JSON object whose canonical form means exactly what was typed, or an empty object when
    /// none was given; anything else exits 2.
    /// </summary>
    public static JsonObject Parse(string? text)
    {
        if (text is null)
        {
            return [];
        }

        try
        {
            var parsed = JsonNode.Parse(text) as JsonObject ?? throw new WorkflowException("--payload: expected a JSON object");
            return RecordPreflight.RequireFaithful(text, parsed);
        }
        catch (JsonException ex)
        {
            throw new WorkflowException($"--payload: invalid JSON at {ex.LineNumber + 1}:{ex.BytePositionInLine + 1}: {ex.Message.Split('.')[0]}");
        }
    }
}
