using System.Text.Json.Serialization;

namespace Governance.Events.Catalogue;

/// <summary><c>decision.recorded/v1</c>: a gate decision (allow or deny) with the policies, evidence and per-rule outcomes it rests on.</summary>
public sealed record DecisionRecorded : LedgerEvent
{
    /// <summary>The type name, <c>decision.recorded/v1</c>.</summary>
    public const string TypeName = "decision.recorded/v1";

    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary><c>allow</c> or <c>deny</c>.</summary>
    public required string Decision { get; init; }

    /// <summary>The environment.</summary>
    public string? Environment { get; init; }

    /// <summary>The policies evaluated, with their digests.</summary>
    public required IReadOnlyList<DecisionPolicy> Policies { get; init; }

    /// <summary>The ledger entries (by seq) that decided any rule.</summary>
    public required IReadOnlyList<long> Evidence { get; init; }

    /// <summary>Per-rule outcomes.</summary>
    public required IReadOnlyList<DecisionRule> Rules { get; init; }

    /// <summary>The verified ledger the decision was evaluated against.</summary>
    public DecisionLedger? Ledger { get; init; }
}
