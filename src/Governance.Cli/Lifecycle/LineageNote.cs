namespace Governance.Cli.Lifecycle;

/// <summary>Evidence attached to a lineage node: an approval, waiver, attestation, evaluation, deployment, registration or flag.</summary>
/// <param name="Kind">approval, revocation, waiver, attestation, evaluation, deployment, registered, unregistered, mismatch, flag, unflagged.</param>
/// <param name="Summary">One line for people.</param>
/// <param name="Reference">The ledger entry (<c>ledger:N</c>), or empty when the note is about an absence.</param>
/// <param name="Time">When, or null for an absence.</param>
internal sealed record LineageNote(string Kind, string Summary, string Reference, DateTimeOffset? Time);
