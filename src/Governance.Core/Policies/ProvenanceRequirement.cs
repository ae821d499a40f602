namespace Governance.Core.Policies;

/// <summary>The model's training data must be clean and fully registered.</summary>
/// <param name="DenyFlaggedSources">Deny when any transitive source dataset is flagged.</param>
/// <param name="RequireRegisteredDatasets">Deny when lineage reaches an unregistered input or a digest mismatch.</param>
public sealed record ProvenanceRequirement(bool DenyFlaggedSources, bool RequireRegisteredDatasets) : Requirement
{
    /// <inheritdoc />
    public override string Kind => "provenance";
}
