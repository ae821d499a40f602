using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>Converts Python-JSON values to System.Text.Json nodes for payloads.</summary>
internal static class PyJsonNodeConverter
{
    public static JsonObject ToObject(PyJsonValue? value)
    {
        var result = new JsonObject();
        if (value is { Kind: PyJsonKind.Object })
        {
            foreach (var key in value.Members.Keys.Order(CodePointComparer.Instance))
            {
                result[key] = ToNode(value.Members[key]);
            }
        }

        return result;
    }

    public static JsonNode? ToNode(PyJsonValue value) => value.Kind switch
    {
        PyJsonKind.Null => null,
        PyJsonKind.Boolean => JsonValue.Create(value.Boolean),
        PyJsonKind.String => JsonValue.Create(value.String),
        PyJsonKind.Integer => value.Integer >= long.MinValue && value.Integer <= long.MaxValue
            ? JsonValue.Create((long)value.Integer)
            : JsonNode.Parse(value.Integer.ToString(CultureInfo.InvariantCulture)),
        PyJsonKind.Float => double.IsFinite(value.Float)
            ? JsonNode.Parse(PythonFloatFormatter.Format(value.Float))
            : JsonValue.Create(PythonFloatFormatter.Format(value.Float)),
        PyJsonKind.Array => new JsonArray([.. value.Items.Select(ToNode)]),
        PyJsonKind.Object => ToObject(value),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown JSON kind."),
    };
}
