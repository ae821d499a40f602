using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>approval.granted/v1</c>: a person approved a model (digest) or commit; carries their DSSE envelope unless relayed.</summary>
public sealed record ApprovalGranted : LedgerEvent
{
    /// <summary>The type name, <c>approval.granted/v1</c>.</summary>
    public const string TypeName = "approval.granted/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The approving principal.</summary>
    public required string Approver { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public string? Digest { get; init; }

    /// <summary>The model name.</summary>
    public string? Model { get; init; }

    /// <summary>Teams the approver belongs to, as the source stated them.</summary>
    public IReadOnlyList<string>? Teams { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }

    /// <summary>The approved commit.</summary>
    public string? Commit { get; init; }

    /// <summary><c>file</c>, <c>github</c> or <c>import</c> when recorded on the person's behalf from another source (the envelope, if any, is the recorder's).</summary>
    public string? RecordedFrom { get; init; }
}
