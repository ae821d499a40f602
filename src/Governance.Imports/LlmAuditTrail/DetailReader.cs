using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// Reads members of a foreign record's <c>details</c> into typed values, strictly: a member that is absent or
/// <c>null</c> reads as null, one of another JSON kind marks the read <see cref="Failed"/> (it would not fit our
/// schema, so the event is recorded as external rather than with the member dropped or converted).
/// </summary>
internal sealed class DetailReader
{
    // The largest integer a JSON number holds exactly as a double, as the payload schemas' "integer" allows.
    private const double MaxSafeInteger = 9007199254740991;

    /// <summary>True once a member had the wrong kind.</summary>
    public bool Failed { get; private set; }

    /// <summary>A string member.</summary>
    public string? String(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }

        Failed = true;
        return null;
    }

    /// <summary>A number member (any JSON number; its canonical form is its double value's).</summary>
    public double? Number(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.Number)
        {
            return double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        Failed = true;
        return null;
    }

    /// <summary>An integer member: a JSON number with an integral value that a double holds exactly (<c>1000.0</c> counts).</summary>
    public long? Integer(JsonNode? node)
    {
        if (Number(node) is not { } value)
        {
            return null;
        }

        if (value == Math.Floor(value) && Math.Abs(value) <= MaxSafeInteger)
        {
            return (long)value;
        }

        Failed = true;
        return null;
    }
}
