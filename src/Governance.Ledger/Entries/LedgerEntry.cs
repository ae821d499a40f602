using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Entries;

/// <summary>A ledger entry: its exact canonical bytes plus the parsed common fields.</summary>
public sealed class LedgerEntry
{
    /// <summary>The entry format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Time format used in entries: UTC RFC 3339 with milliseconds.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private readonly Lazy<JsonObject> _json;

    private LedgerEntry(byte[] bytes, JsonElement root)
    {
        CanonicalBytes = bytes;
        _json = new Lazy<JsonObject>(() => JsonNode.Parse(bytes)!.AsObject());
        Seq = root.GetProperty("seq").GetInt64();
        Prev = root.TryGetProperty("prev", out var prev) ? prev.GetString() : null;
        Type = root.GetProperty("type").GetString() ?? throw new FormatException("type is null.");
        TimeText = root.GetProperty("time").GetString() ?? throw new FormatException("time is null.");
        Time = DateTimeOffset.Parse(TimeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Envelope = root.TryGetProperty("envelope", out var envelope) ? envelope.GetString() : null;
        Digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The exact bytes stored in <c>entry.json</c> (RFC 8785 canonical).</summary>
    public ReadOnlyMemory<byte> CanonicalBytes { get; }

    /// <summary>The whole entry as a JSON object (parsed on first use; do not mutate).</summary>
    public JsonObject Json => _json.Value;

    /// <summary>1-based sequence number, equal to the Merkle tree size after this entry.</summary>
    public long Seq { get; }

    /// <summary><c>sha256:</c> of the previous entry's canonical bytes; null for seq 1.</summary>
    public string? Prev { get; }

    /// <summary>The namespaced, versioned type, e.g. <c>approval.granted/v1</c>.</summary>
    public string Type { get; }

    /// <summary>The entry time (UTC).</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The entry time as written.</summary>
    public string TimeText { get; }

    /// <summary><c>sha256:</c> of the DSSE envelope file this entry commits to, or null.</summary>
    public string? Envelope { get; }

    /// <summary><c>sha256:</c> of <see cref="CanonicalBytes"/> (what the next entry's <c>prev</c> names).</summary>
    public string Digest { get; }

    /// <summary>The actor object.</summary>
    public JsonObject Actor => Json["actor"]!.AsObject();

    /// <summary>The subject object.</summary>
    public JsonObject Subject => Json["subject"]!.AsObject();

    /// <summary>The type-specific payload.</summary>
    public JsonObject Payload => Json["payload"]!.AsObject();

    /// <summary>Parses stored bytes; throws <see cref="FormatException"/> unless they are canonical JSON with the common fields.</summary>
    public static LedgerEntry Parse(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !JsonCanonicalizer.Canonicalize(doc.RootElement).AsSpan().SequenceEqual(bytes.Span))
            {
                throw new FormatException("Entry bytes are not an RFC 8785 canonical JSON object.");
            }

            return new LedgerEntry(bytes.ToArray(), doc.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException("Entry is missing or has malformed common fields: " + ex.Message, ex);
        }
    }

    /// <summary>Builds the canonical entry for <paramref name="draft"/> at <paramref name="seq"/> after <paramref name="prev"/>.</summary>
    public static LedgerEntry Create(EntryDraft draft, long seq, string? prev, DateTimeOffset time, string? envelopeDigest)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var actor = new JsonObject { ["name"] = draft.Actor.Name };
        AddIfSet(actor, "run", draft.Actor.Run);
        AddIfSet(actor, "workflow", draft.Actor.Workflow);
        var subject = new JsonObject();
        AddIfSet(subject, "model", draft.Subject.Model);
        AddIfSet(subject, "digest", draft.Subject.Digest);
        AddIfSet(subject, "dataset", draft.Subject.Dataset);
        AddIfSet(subject, "deployment", draft.Subject.Deployment);
        AddIfSet(subject, "commit", draft.Subject.Commit);
        var json = new JsonObject
        {
            ["v"] = FormatVersion,
            ["seq"] = seq,
            ["type"] = draft.Type,
            ["time"] = time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            ["actor"] = actor,
            ["subject"] = subject,
            ["payload"] = draft.Payload.DeepClone(),
        };
        AddIfSet(json, "prev", prev);
        AddIfSet(json, "envelope", envelopeDigest);
        return Parse(JsonCanonicalizer.Canonicalize(json));
    }

    private static void AddIfSet(JsonObject o, string name, string? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }
}
