using System.Text.Json.Nodes;
using Governance.Ledger.Entries;

namespace Governance.Audit.Report;

/// <summary>Reads the common facts (model, digest, actor, one-line summary) out of any entry.</summary>
public static class EntryFacts
{
    /// <summary>The model name the entry is about, or null.</summary>
    public static string? Model(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Str(entry.Subject["model"]) ?? Str(entry.Payload["model"]);
    }

    /// <summary>The model digest the entry is about, or null.</summary>
    public static string? Digest(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var digest = Str(entry.Subject["digest"]) ?? Str(entry.Payload["digest"]);
        return entry.Type == EntryTypes.TrainingCompleted ? Str(entry.Payload["output"]) ?? digest : digest;
    }

    /// <summary>The dataset the entry is about, or null.</summary>
    public static string? Dataset(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Str(entry.Subject["dataset"]) ?? Str(entry.Payload["dataset"]) ?? (entry.Type == EntryTypes.DatasetRegistered ? Str(entry.Payload["id"]) : null);
    }

    /// <summary>Who recorded the entry.</summary>
    public static string Actor(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Str(entry.Actor["name"]) ?? "";
    }

    /// <summary>A short human summary of the payload.</summary>
    public static string Summary(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var p = entry.Payload;
        return entry.Type switch
        {
            EntryTypes.DecisionRecorded => $"{Str(p["decision"])} in {Str(p["environment"]) ?? "?"} ({(p["rules"] as JsonArray)?.Count ?? 0} rules)",
            EntryTypes.ApprovalGranted or EntryTypes.ApprovalRevoked => $"{Str(p["approver"])}: {Str(p["reason"])}",
            EntryTypes.WaiverGranted => $"{Str(p["approver"])} waives {Join(p["rules"])} until {Str(p["expires"])}",
            EntryTypes.EvaluationRecorded => $"{Str(p["metric"])} = {p["value"]?.ToJsonString()}",
            EntryTypes.TrainingCompleted or EntryTypes.TrainingStarted => $"stage {Str(p["stage"])}",
            EntryTypes.DatasetFlagged or EntryTypes.DatasetUnflagged => $"{Str(p["dataset"])}: {Str(p["reason"])}",
            EntryTypes.AttestationAdded => $"{Str(p["predicateType"])} by {Str(p["signer"])}",
            _ => Dataset(entry) ?? Str(p["environment"]) ?? Str(p["name"]) ?? Str(p["kind"]) ?? "",
        };
    }

    /// <summary>A JSON string value, or null.</summary>
    public static string? Str(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Join(JsonNode? node) =>
        node is JsonArray a ? string.Join(", ", a.Select(x => Str(x) ?? x?.ToJsonString())) : "";
}
