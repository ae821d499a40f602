namespace Governance.Events.Projection;

/// <summary>Who may take an entry back (<c>record.retracted</c>), shared by the projection and by <c>govern retract</c>'s preflight.</summary>
public static class RetractionRule
{
    /// <summary>
    /// True for entry types that restrict a decision (a revocation, a flag): when a person signed one, only that person
    /// may retract it; a recorder retracting it would revive an approval or a dataset without anyone's signature.
    /// </summary>
    public static bool OnlySignerRetracts(string type) => type is EventTypeNames.ApprovalRevoked or EventTypeNames.DatasetFlagged;
}
