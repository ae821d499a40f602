using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>approval.revoked/v1</c>: a person withdrew an approval; carries their DSSE envelope unless relayed.</summary>
public sealed record ApprovalRevoked : LedgerEvent
{
    /// <summary>The type name, <c>approval.revoked/v1</c>.</summary>
    public const string TypeName = "approval.revoked/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The principal withdrawing the approval.</summary>
    public required string Approver { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public string? Digest { get; init; }

    /// <summary>The model name.</summary>
    public string? Model { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }

    /// <summary><c>file</c>, <c>github</c> or <c>import</c> when recorded on the person's behalf from another source (the envelope, if any, is the recorder's).</summary>
    public string? RecordedFrom { get; init; }

    /// <summary>Teams the approver belongs to, as the source stated them.</summary>
    public IReadOnlyList<string>? Teams { get; init; }

    /// <summary>The commit.</summary>
    public string? Commit { get; init; }
}
