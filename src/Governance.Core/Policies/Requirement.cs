namespace Governance.Core.Policies;

/// <summary>The one requirement a rule states: approvals, an evaluation, an attestation, provenance or an expression.</summary>
public abstract record Requirement
{
    /// <summary>The kind as written in policy files and output: <c>approvals</c>, <c>evaluation</c>, …</summary>
    public abstract string Kind { get; }
}
