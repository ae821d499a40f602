namespace Governance.Core.Policies;

/// <summary>The model's training data must be clean and fully registered.</summary>
/// <param name="DenyFlaggedSources">Deny when any transitive source dataset is flagged.</param>
/// <param name="RequireRegisteredDatasets">Deny when lineage reaches an unregistered input or a digest mismatch.</param>
/// <param name="RequireLinkedBaseModels">Deny unless every parent (base) model in the lineage was produced by a stage of a linked, verified trail (<c>govern audit link</c>).</param>
public sealed record ProvenanceRequirement(bool DenyFlaggedSources, bool RequireRegisteredDatasets, bool RequireLinkedBaseModels = false) : Requirement
{
    /// <inheritdoc />
    public override string Kind => "provenance";
}
