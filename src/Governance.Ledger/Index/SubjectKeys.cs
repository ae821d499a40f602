using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Index;

/// <summary>
/// The subject keys of an entry (where the index lists it) and the keys it refers to (what a reader must look up next
/// to see everything a decision about the same subject can depend on). Decided by code, never by the entry's author:
/// an entry of a type this class does not know is listed under <see cref="Global"/>, which every reader reads.
/// </summary>
public static class SubjectKeys
{
    /// <summary>The key every reader reads: entries of types the index does not classify.</summary>
    public const string Global = "global";

    // Types no decision reads: listed under no key (audit verify still checks them; the index only serves decisions).
    private static readonly HashSet<string> Unread =
    [
        EntryTypes.DecisionRecorded, EntryTypes.PolicyChanged, EntryTypes.DeploymentRequested, EntryTypes.MonitoringReported,
        EntryTypes.IncidentOpened, EntryTypes.TrailImported, EntryTypes.ExternalEvent, EntryTypes.TrainingStarted,
        EntryTypes.DatasetAttested,
    ];

    /// <summary>The key of a model digest (<c>sha256:…</c>).</summary>
    public static string Digest(string digest) => "digest:" + digest.ToLowerInvariant();

    /// <summary>The key of a git commit (approvals bound to a commit).</summary>
    public static string Commit(string sha) => "commit:" + sha.ToLowerInvariant();

    /// <summary>The key of a dataset id (registrations, flags, unflags).</summary>
    public static string Dataset(string id) => "dataset:" + id;

    /// <summary>The key of a DSSE envelope by its digest: a statement may be used once per ledger.</summary>
    public static string Envelope(string digest) => "envelope:" + digest.ToLowerInvariant();

    /// <summary>The key of a model name (deployments and roll-backs).</summary>
    public static string Model(string name) => "model:" + name;

    /// <summary>The keys a decision about this subject starts from.</summary>
    public static IReadOnlyList<string> Seeds(string model, string digest, string? commit)
    {
        var keys = new List<string> { Global, Model(model), Digest(digest) };
        if (!string.IsNullOrEmpty(commit))
        {
            keys.Add(Commit(commit));
        }

        return keys;
    }

    /// <summary>The keys under which the index lists <paramref name="entry"/> (none for types no decision reads).</summary>
    public static IReadOnlyList<string> Of(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // Read from the canonical bytes (a few members with a Utf8JsonReader), not entry.Payload: verification asks this
        // of every entry, and a JsonNode tree per entry cost more than the rest of its parsing.
        var json = entry.CanonicalBytes;
        var keys = new List<string>(2);
        switch (entry.Type)
        {
            case EntryTypes.ApprovalGranted or EntryTypes.ApprovalRevoked:
                AddDigest(keys, Payload(json, "digest"u8));
                if (Payload(json, "commit"u8) is { } commit)
                {
                    keys.Add(Commit(commit));
                }

                break;
            case EntryTypes.WaiverGranted or EntryTypes.AttestationAdded or EntryTypes.EvaluationRecorded:
                AddDigest(keys, Payload(json, "digest"u8));
                break;
            case EntryTypes.DatasetRegistered:
                AddDataset(keys, Payload(json, "id"u8));
                AddDigest(keys, Payload(json, "digest"u8));
                break;
            case EntryTypes.TrainingCompleted:
                AddDigest(keys, Payload(json, "output"u8));
                break;
            case EntryTypes.DatasetFlagged or EntryTypes.DatasetUnflagged:
                AddDataset(keys, Payload(json, "dataset"u8));
                break;
            case EntryTypes.DeploymentCompleted or EntryTypes.DeploymentRolledBack:
                keys.Add(Model(Payload(json, "model"u8) ?? JsonMembers.String(json.Span, "subject"u8, "model"u8) ?? ""));
                break;
            default:
                if (!Unread.Contains(entry.Type))
                {
                    keys.Add(Global);
                }

                break;
        }

        // An entry of a known type missing the field it is found by (schemas forbid that) still must not vanish.
        if (keys.Count == 0 && !Unread.Contains(entry.Type))
        {
            keys.Add(Global);
        }

        if (entry.Envelope is { } envelope)
        {
            keys.Add(Envelope(envelope));
        }

        return keys.Count < 2 ? keys : keys.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The keys <paramref name="entry"/> refers to: training inputs, deployed digests, registered ids.</summary>
    public static IReadOnlyList<string> References(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var p = entry.Payload;
        var keys = new List<string>();
        switch (entry.Type)
        {
            case EntryTypes.TrainingCompleted when p["inputs"] is JsonArray inputs:
                foreach (var input in inputs)
                {
                    AddInput(keys, input);
                }

                break;
            case EntryTypes.DeploymentCompleted or EntryTypes.DeploymentRolledBack:
                AddDigest(keys, Str(p, "digest"));
                break;
            case EntryTypes.DatasetRegistered:
                AddDataset(keys, Str(p, "id"));
                break;
        }

        return keys;
    }

    private static void AddInput(List<string> keys, JsonNode? input)
    {
        if (input is JsonObject o)
        {
            AddDataset(keys, Str(o, "id"));
            AddDigest(keys, Str(o, "digest"));
            if (Str(o, "id") is { } id && id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase))
            {
                AddDigest(keys, id);
            }

            return;
        }

        if (input is JsonValue v && v.TryGetValue<string>(out var text))
        {
            var at = text.IndexOf('@', StringComparison.Ordinal);
            if (text.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase))
            {
                AddDigest(keys, text);
            }

            AddDataset(keys, at < 0 ? text : text[..at]);
            if (at >= 0)
            {
                AddDigest(keys, text[(at + 1)..]);
            }
        }
    }

    private static void AddDigest(List<string> keys, string? digest)
    {
        if (!string.IsNullOrEmpty(digest))
        {
            keys.Add(Digest(digest));
        }
    }

    private static void AddDataset(List<string> keys, string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            keys.Add(Dataset(id));
        }
    }

    private static string? Payload(ReadOnlyMemory<byte> entry, ReadOnlySpan<byte> name) => JsonMembers.String(entry.Span, "payload"u8, name);

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

}
