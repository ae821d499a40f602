using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Signing;

/// <summary>
/// The statement a person signs for one ledger entry (trust v2): an in-toto Statement v1 whose <c>predicateType</c>
/// names the entry type (<c>https://governance.dev/ledger/v2/approval.granted/v1</c>), whose subject is the model
/// digest (<c>sha256</c>) or else the git commit (<c>gitCommit</c>), and whose predicate repeats the entry's subject
/// and payload (every field but the recorder's <c>observedAt</c>), the signing time and a unique id. A statement
/// binds exactly one entry: verification compares it field by field and accepts each id once per ledger.
/// </summary>
public static class BoundStatement
{
    /// <summary>The prefix of every bound predicate type; statements without it are pre-v2 (unbound).</summary>
    public const string PredicatePrefix = "https://governance.dev/ledger/v2/";

    /// <summary>The payload member the recorder may add (when a fact was observed); it is not part of what a person signs.</summary>
    public const string ObservedAt = "observedAt";

    /// <summary>The predicate type for entries of <paramref name="entryType"/>.</summary>
    public static string PredicateTypeFor(string entryType) => PredicatePrefix + entryType;

    /// <summary>The canonical statement bytes binding an entry of <paramref name="entryType"/> with this subject and payload.</summary>
    public static byte[] Create(string entryType, JsonObject subject, JsonObject payload, DateTimeOffset signedAt, string id)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(payload);
        var statement = new JsonObject
        {
            ["_type"] = InTotoStatement.StatementType,
            ["subject"] = Subjects(subject, payload),
            ["predicateType"] = PredicateTypeFor(entryType),
            ["predicate"] = new JsonObject
            {
                ["entryType"] = entryType,
                ["subject"] = subject.DeepClone(),
                ["payload"] = Signed(payload),
                ["signedAt"] = signedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["id"] = id,
            },
        };
        return JsonCanonicalizer.Canonicalize(statement);
    }

    /// <summary>True when the statement JSON is a v2 bound statement (by its predicate type).</summary>
    public static bool IsBound(JsonObject statement) =>
        statement["predicateType"] is JsonValue v && v.TryGetValue<string>(out var type) && type.StartsWith(PredicatePrefix, StringComparison.Ordinal);

    /// <summary>
    /// Compares a bound statement with the entry it comes with; returns the first field that differs (null when it
    /// binds the entry) and, when it binds, the signing time and id.
    /// </summary>
    public static string? Mismatch(JsonObject statement, string entryType, JsonObject subject, JsonObject payload, out DateTimeOffset signedAt, out string id)
    {
        ArgumentNullException.ThrowIfNull(statement);
        signedAt = default;
        id = "";
        if ((string?)statement["_type"] != InTotoStatement.StatementType)
        {
            return "_type";
        }

        if ((string?)statement["predicateType"] != PredicateTypeFor(entryType))
        {
            return $"predicateType ({(string?)statement["predicateType"]} is not for {entryType})";
        }

        if (statement["predicate"] is not JsonObject predicate || (string?)predicate["entryType"] != entryType)
        {
            return "predicate.entryType";
        }

        if (!Same(statement["subject"], Subjects(subject, payload)))
        {
            return "subject (the digest or commit signed for differs)";
        }

        if (!Same(predicate["subject"], subject))
        {
            return "predicate.subject";
        }

        var signed = Signed(payload);
        if (predicate["payload"] is not JsonObject signedPayload)
        {
            return "predicate.payload";
        }

        foreach (var name in signed.Select(p => p.Key).Union(signedPayload.Select(p => p.Key)).Order(StringComparer.Ordinal))
        {
            if (!Same(signed[name], signedPayload[name]))
            {
                return "payload." + name;
            }
        }

        if (predicate["signedAt"] is not JsonValue at || !at.TryGetValue<string>(out var atText)
            || !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out signedAt))
        {
            return "predicate.signedAt";
        }

        if (predicate["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var idText) || idText.Length < 16)
        {
            return "predicate.id";
        }

        id = idText;
        return null;
    }

    // The model digest when there is one, else the commit; an entry with neither (a dataset flag) binds through the predicate.
    private static JsonArray Subjects(JsonObject subject, JsonObject payload)
    {
        var digest = Text(payload, "digest") ?? Text(subject, "digest");
        if (digest is { Length: 71 } && digest.StartsWith("sha256:", StringComparison.Ordinal))
        {
            return [new JsonObject { ["name"] = Text(subject, "model") ?? Text(subject, "dataset") ?? "subject", ["digest"] = new JsonObject { ["sha256"] = digest[7..] } }];
        }

        var commit = Text(payload, "commit") ?? Text(subject, "commit");
        return commit is null ? [] : [new JsonObject { ["name"] = "commit", ["digest"] = new JsonObject { ["gitCommit"] = commit } }];
    }

    private static JsonObject Signed(JsonObject payload)
    {
        var copy = (JsonObject)payload.DeepClone();
        copy.Remove(ObservedAt);
        return copy;
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Same(JsonNode? a, JsonNode? b) =>
        a is null || b is null ? a is null && b is null : JsonCanonicalizer.Canonicalize(a).AsSpan().SequenceEqual(JsonCanonicalizer.Canonicalize(b));
}
