using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Ledger.Tests.Entries;

/// <summary>
/// Instances derived from a JSON Schema: a minimal and a full valid instance, and from each of them every single-edit
/// mutation (a required member removed, an unknown member added, any value swapped for one of a set of probes, an
/// array emptied or given a bad item). Used to hold two schema engines to the same verdicts.
/// </summary>
internal static class SchemaSamples
{
    /// <summary>A value that matches each pattern the embedded schemas use; a pattern missing here fails the caller.</summary>
    public static readonly IReadOnlyDictionary<string, string> PatternSamples = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["^sha256:[0-9a-f]{64}$"] = "sha256:" + new string('a', 60) + "09fe",
        ["^[0-9a-f]{40}([0-9a-f]{24})?$"] = "9f1c2ab7d4e5f60718293a4b5c6d7e8f90a1b2c3",
        ["^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$"] = "2026-11-22T09:00:00.123Z",
        ["^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"] = "2026-11-22T09:00:00+01:00",
    };

    /// <summary>
    /// Values of every JSON type and at every bound the schemas use (0, 1, 7, 8, 63, 64 characters or more). Integral
    /// numbers written as <c>1e3</c> or <c>1.0</c> are left out: they are integers in JSON Schema 2020-12 but not to
    /// NJsonSchema (SchemaEngineDifferenceTests pins that difference).
    /// </summary>
    private static readonly string[] Probes =
    [
        "null", "true", "false", "0", "1", "-1", "0.5", "2", "2.5e-1", "-0.0001", "\"\"", "\"x\"", "\"dataset\"", "\"allow\"",
        "\"" + new string('z', 7) + "\"", "\"" + new string('z', 8) + "\"", "\"" + new string('f', 63) + "\"", "\"" + new string('f', 64) + "\"",
        "\"sha256:" + new string('A', 64) + "\"", "\"2026-11-22 09:00:00Z\"", "[]", "[1]", "[\"x\"]", "{}", "{\"a\":1}",
    ];

    /// <summary>The minimal (required members only) or full (every member) instance the schema accepts.</summary>
    public static JsonNode? Valid(JsonElement schema, bool full)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return JsonValue.Create("x");
        }

        if (schema.TryGetProperty("enum", out var options))
        {
            return JsonNode.Parse(options[options.GetArrayLength() - 1].GetRawText());
        }

        var type = schema.TryGetProperty("type", out var t) ? (t.ValueKind == JsonValueKind.Array ? t[0].GetString() : t.GetString()) : "string";
        var minimum = schema.TryGetProperty("minimum", out var m) ? m.GetDouble() : 1;
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : [];
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject().Where(p => full || required.Contains(p.Name)))
                    {
                        result[property.Name] = Valid(property.Value, full);
                    }
                }

                return result;
            case "array":
                var count = Math.Max(schema.TryGetProperty("minItems", out var n) ? n.GetInt32() : 0, full ? 2 : 0);
                var items = schema.TryGetProperty("items", out var i) ? i : default;
                return new JsonArray([.. Enumerable.Range(0, count).Select(_ => Valid(items, full))]);
            case "string":
                if (schema.TryGetProperty("pattern", out var pattern))
                {
                    return JsonValue.Create(PatternSamples.TryGetValue(pattern.GetString()!, out var sample)
                        ? sample
                        : throw new InvalidOperationException($"no sample for pattern {pattern.GetString()}; add one to {nameof(PatternSamples)}"));
                }

                return JsonValue.Create(new string('v', Math.Max(1, schema.TryGetProperty("minLength", out var l) ? l.GetInt32() : 1)));
            case "integer":
                return JsonValue.Create((long)minimum + (full ? 3 : 0));
            case "number":
                return JsonValue.Create(minimum + (full ? 0.25 : 0));
            case "boolean":
                return JsonValue.Create(full);
            default:
                return null;
        }
    }

    /// <summary>Every single-edit mutation of <paramref name="instance"/> (which is left unchanged).</summary>
    public static IEnumerable<JsonNode?> Mutations(JsonNode? instance)
    {
        foreach (var (path, value) in Locations(instance, []))
        {
            foreach (var probe in Probes)
            {
                yield return Replace(instance, path, JsonNode.Parse(probe));
            }

            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Length > 1)
            {
                yield return Replace(instance, path, JsonValue.Create(s[..^1]));
                yield return Replace(instance, path, JsonValue.Create(s.ToUpperInvariant()));
                yield return Replace(instance, path, JsonValue.Create(s + "\u00e9"));
            }

            if (value is JsonObject obj)
            {
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var copy = obj.DeepClone().AsObject();
                    copy.Remove(name);
                    yield return Replace(instance, path, copy);
                }

                var extra = obj.DeepClone().AsObject();
                extra["zzUnknown"] = 1;
                yield return Replace(instance, path, extra);
            }

            if (value is JsonArray array && array.Count > 0)
            {
                yield return Replace(instance, path, new JsonArray());
                var appended = array.DeepClone().AsArray();
                appended.Add(JsonValue.Create(42));
                yield return Replace(instance, path, appended);
            }
        }
    }

    private static IEnumerable<(object[] Path, JsonNode? Value)> Locations(JsonNode? node, object[] path)
    {
        yield return (path, node);
        IEnumerable<(object Key, JsonNode? Child)> children = node switch
        {
            JsonObject obj => obj.Select(p => ((object)p.Key, p.Value)).ToList(),
            JsonArray array => array.Select((v, i) => ((object)i, v)).ToList(),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            foreach (var location in Locations(child, [.. path, key]))
            {
                yield return location;
            }
        }
    }

    private static JsonNode? Replace(JsonNode? root, object[] path, JsonNode? value)
    {
        if (path.Length == 0)
        {
            return value;
        }

        var copy = root!.DeepClone();
        var parent = path[..^1].Aggregate(copy, (node, key) => key is int i ? node![i]! : node![(string)key]!);
        if (path[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value;
        }

        return copy;
    }
}
