using Governance.Ledger.Checkpoints;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Verification;

/// <summary>What the parallel stage learned about one commit: the entry facts for the sequential stage, or a failure.</summary>
internal sealed record EntryCheck(
    LedgerEntry? Entry,
    byte[]? LeafHash,
    Checkpoint? Checkpoint,
    TamperKind? FailureKind = null,
    string? FailureMessage = null)
{
    public static EntryCheck Fail(TamperKind kind, string message, LedgerEntry? entry = null) => new(entry, null, null, kind, message);
}
