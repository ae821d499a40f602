using Governance.Audit.Trail;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Verification;

namespace Governance.Audit.Report;

/// <summary>What a report is drawn from.</summary>
/// <param name="Snapshot">The ledger's entries.</param>
/// <param name="Verification">The verifier's verdict on the same ledger.</param>
/// <param name="Trust">The trust it was verified under.</param>
/// <param name="TrustedCheckpoint">The checkpoint the auditor supplied, or null.</param>
/// <param name="Options">Filters and bounds.</param>
public sealed record ReportInput(TrailSnapshot Snapshot, VerificationResult Verification, AuditTrust Trust, Checkpoint? TrustedCheckpoint, ReportOptions Options);
