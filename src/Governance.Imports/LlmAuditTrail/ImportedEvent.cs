using System.Text.Json.Nodes;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// A lifecycle event imported from a foreign trail, in neutral form for the ledger to record as an entry
/// of <see cref="Type"/>; the <c>Original*</c> members keep the link to the source record.
/// </summary>
public sealed record ImportedEvent
{
    /// <summary>Our event type, namespaced and versioned (e.g. <c>dataset.registered/v1</c>, or <c>external.event/v1</c>).</summary>
    public required string Type { get; init; }

    /// <summary>When the source says it happened (the writer's wall clock, not trusted time), if parseable.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Who the source names as actor (a free string: unauthenticated).</summary>
    public string? Actor { get; init; }

    /// <summary>The subject model id (<c>model_id</c>).</summary>
    public string? Model { get; init; }

    /// <summary>
    /// The subject digest when the record carries one as <c>sha256:&lt;64 hex&gt;</c>: the model digest
    /// (<c>details.model_digest</c> or <c>details.digest</c>), or for dataset events <c>details.content_hash</c>.
    /// </summary>
    public string? Digest { get; init; }

    /// <summary>The subject dataset id (<c>dataset_id</c>).</summary>
    public string? Dataset { get; init; }

    /// <summary>The subject deployment id (<c>deployment_id</c>).</summary>
    public string? Deployment { get; init; }

    /// <summary>
    /// The record's <c>details</c> as JSON. Keys sorted by code point; floats keep Python's spelling
    /// (<c>1.0</c>, <c>2e-05</c>); NaN and ±Infinity, which JSON cannot hold, become the strings
    /// <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>.
    /// </summary>
    public required JsonObject Payload { get; init; }

    /// <summary>The emitter (<c>system</c>), e.g. <c>hf_trainer</c>.</summary>
    public string? System { get; init; }

    /// <summary>The source <c>event_type</c>, verbatim.</summary>
    public required string OriginalType { get; init; }

    /// <summary>The source <c>event_id</c>.</summary>
    public string? OriginalEventId { get; init; }

    /// <summary>The source <c>seq</c> (<c>null</c> for paper-era records).</summary>
    public long? OriginalSeq { get; init; }

    /// <summary>The source <c>curr_hash</c>: with the trail, proves this event's content.</summary>
    public required string OriginalCurrHash { get; init; }

    /// <summary>The 1-based line of the source record in the trail file.</summary>
    public int OriginalLine { get; init; }
}
