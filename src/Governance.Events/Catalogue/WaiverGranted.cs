using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>waiver.granted/v1</c>: a person waived rules for a model digest until a time; carries their DSSE envelope unless relayed.</summary>
public sealed record WaiverGranted : LedgerEvent
{
    /// <summary>The type name, <c>waiver.granted/v1</c>.</summary>
    public const string TypeName = "waiver.granted/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The waived rule ids.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>The model digest (<c>sha256:…</c>).</summary>
    public required string Digest { get; init; }

    /// <summary>The waiving principal.</summary>
    public required string Approver { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>When the waiver was granted (UTC).</summary>
    public required string Granted { get; init; }

    /// <summary>When it expires (UTC).</summary>
    public required string Expires { get; init; }

    /// <summary>The model name.</summary>
    public string? Model { get; init; }

    /// <summary><c>file</c>, <c>github</c> or <c>import</c> when recorded on the person's behalf from another source (the envelope, if any, is the recorder's).</summary>
    public string? RecordedFrom { get; init; }

    /// <summary>Teams the approver belongs to, as the source stated them.</summary>
    public IReadOnlyList<string>? Teams { get; init; }
}
