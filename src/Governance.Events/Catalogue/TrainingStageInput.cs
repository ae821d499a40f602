using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Core.Provenance;

namespace Governance.Events.Catalogue;

/// <summary>One input of a training stage, as lineage follows it: a dataset or a base model.</summary>
public sealed record TrainingStageInput
{
    /// <summary>The dataset id, or the model digest for a model.</summary>
    public required string Id { get; init; }

    /// <summary><c>dataset</c> or <c>model</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The pinned content digest (a model's own digest).</summary>
    public string? Digest { get; init; }

    /// <summary>
    /// The input as the lineage graph reads it: a model's digest, <c>id@digest</c> for a pinned dataset, or the bare
    /// dataset id.
    /// </summary>
    [JsonIgnore]
    public string Text => Kind == "model" ? Digest ?? Id : Digest is null ? Id : $"{Id}@{Digest}";

    /// <summary>The mixture weight.</summary>
    public double? Weight { get; init; }

    /// <summary>True when the dataset is replayed from an earlier stage.</summary>
    public bool? Replay { get; init; }

    /// <summary>Members this record does not model, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A base model input: <c>{id: digest, kind: model, digest}</c>.</summary>
    public static TrainingStageInput Model(string digest) => new() { Id = digest, Kind = "model", Digest = digest };

    /// <summary>A dataset input, optionally pinned to a content digest.</summary>
    public static TrainingStageInput Dataset(string id, string? digest = null) => new() { Id = id, Kind = "dataset", Digest = digest };

    /// <summary>
    /// The input a training reference names: a bare <c>sha256:</c> digest is a base model, <c>&lt;id&gt;@sha256:…</c> a
    /// pinned dataset, anything else a dataset id.
    /// </summary>
    public static TrainingStageInput FromReference(string reference)
    {
        var parsed = TrainingInput.Parse(reference);
        return parsed.Model is { } model ? Model(model.Value) : Dataset(parsed.Dataset!, parsed.Pinned?.Value);
    }
}
