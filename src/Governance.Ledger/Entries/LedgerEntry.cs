using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Events.Catalogue;
using Governance.Ledger.Canonical;
using Governance.Ledger.Hashing;

namespace Governance.Ledger.Entries;

/// <summary>A ledger entry: its exact canonical bytes plus the parsed common fields.</summary>
public sealed class LedgerEntry
{
    /// <summary>The entry format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Time format used in entries: UTC RFC 3339 with milliseconds.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private readonly byte[] _bytes;
    private JsonObject? _json;
    private LedgerEvent? _event;

    private LedgerEntry(byte[] bytes, JsonElement root)
    {
        _bytes = bytes;
        CanonicalBytes = bytes;
        Seq = root.GetProperty("seq"u8).GetInt64();
        Prev = root.TryGetProperty("prev"u8, out var prev) ? prev.GetString() : null;
        Type = root.GetProperty("type"u8).GetString() ?? throw new FormatException("type is null.");
        TimeText = root.GetProperty("time"u8).GetString() ?? throw new FormatException("time is null.");
        Time = DateTimeOffset.TryParseExact(TimeText, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact)
            ? exact
            : DateTimeOffset.Parse(TimeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Envelope = root.TryGetProperty("envelope"u8, out var envelope) ? envelope.GetString() : null;
        Digest = DigestOf(bytes);
    }

    /// <summary>An entry read by <see cref="EntryFastPath"/>: the same fields the constructor above reads.</summary>
    internal LedgerEntry(byte[] bytes, long seq, string? prev, string type, string timeText, DateTimeOffset time, string? envelope)
    {
        _bytes = bytes;
        CanonicalBytes = bytes;
        Seq = seq;
        Prev = prev;
        Type = type;
        TimeText = timeText;
        Time = time;
        Envelope = envelope;
        Digest = DigestOf(bytes);
    }

    /// <summary>The exact bytes stored in <c>entry.json</c> (RFC 8785 canonical).</summary>
    public ReadOnlyMemory<byte> CanonicalBytes { get; }

    /// <summary>The whole entry as a JSON object (parsed on first use; do not mutate).</summary>
    public JsonObject Json => LazyInitializer.EnsureInitialized(ref _json, () => JsonNode.Parse(_bytes)!.AsObject());

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

    /// <summary>
    /// The payload as a typed event of <see cref="EventCatalogue"/>, read on first use (never while parsing or
    /// verifying); an <see cref="UnknownEvent"/> for a type the catalogue does not know or a payload that does not fit.
    /// </summary>
    public LedgerEvent Event => LazyInitializer.EnsureInitialized(ref _event, ReadEvent);

    /// <summary>Parses stored bytes; throws <see cref="FormatException"/> unless they are canonical JSON with the common fields.</summary>
    public static LedgerEntry Parse(ReadOnlyMemory<byte> bytes) => Parse(bytes.ToArray(), validate: false, out _);

    /// <summary>
    /// Parses <paramref name="bytes"/> (kept, not copied: the caller must not change them) from one parse of the JSON:
    /// canonical form and common fields (else <see cref="FormatException"/>), and with <paramref name="validate"/> the
    /// entry and payload schemas, whose violations come back in <paramref name="schemaErrors"/>.
    /// </summary>
    internal static LedgerEntry Parse(byte[] bytes, bool validate, out IReadOnlyList<string> schemaErrors)
    {
        // Valid entries (nearly all) are read in one pass; anything else takes the full path, which explains. Reading
        // without validation keeps to the full path, so commands that do not verify never load or compile the schemas.
        schemaErrors = [];
        return (validate ? EntryFastPath.TryRead(bytes) : null) ?? ParseFully(bytes, validate, out schemaErrors);
    }

    /// <summary>
    /// <see cref="Parse(byte[], bool, out IReadOnlyList{string})"/> without the fast path: a document, the canonical
    /// check, the fields and the schemas with messages (what decides and explains any entry the fast path does not vouch for).
    /// </summary>
    internal static LedgerEntry ParseFully(byte[] bytes, bool validate, out IReadOnlyList<string> schemaErrors)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !CanonicalForm.IsCanonical(bytes, requireObject: true))
            {
                throw new FormatException("Entry bytes are not an RFC 8785 canonical JSON object.");
            }

            var entry = new LedgerEntry(bytes, doc.RootElement);
            schemaErrors = validate ? EntrySchemas.Validate(doc.RootElement) : [];
            return entry;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException("Entry is missing or has malformed common fields: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// Builds the canonical entry for <paramref name="draft"/> at <paramref name="seq"/> after <paramref name="prev"/>;
    /// throws <see cref="ArgumentException"/> when it does not satisfy its schemas (nothing invalid is ever recorded).
    /// </summary>
    public static LedgerEntry Create(EntryDraft draft, long seq, string? prev, DateTimeOffset time, string? envelopeDigest)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var actor = new JsonObject { ["name"] = draft.Actor.Name };
        AddIfSet(actor, "run", draft.Actor.Run);
        AddIfSet(actor, "workflow", draft.Actor.Workflow);
        var subject = draft.Subject.ToJson();
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
        var entry = Parse(JsonCanonicalizer.Canonicalize(json), validate: true, out var errors);
        return errors.Count == 0 ? entry : throw new ArgumentException($"Entry '{entry.Type}' is invalid: {string.Join("; ", errors)}");
    }

    private static string DigestOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[32];
        Sha2.Sha256(bytes, digest);
        return "sha256:" + Convert.ToHexStringLower(digest);
    }

    private LedgerEvent ReadEvent()
    {
        using var doc = JsonDocument.Parse(_bytes);
        return doc.RootElement.TryGetProperty("payload"u8, out var payload) && payload.ValueKind == JsonValueKind.Object
            ? EventCatalogue.Read(Type, payload)
            : new UnknownEvent(Type, [], "the entry has no payload object");
    }

    private static void AddIfSet(JsonObject o, string name, string? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }
}
