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
    /// <summary>What makes the entry's signed statement unique (envelope digest, statement id); each may occur once per ledger.</summary>
    public IReadOnlyList<string> StatementKeys { get; init; } = [];

    public static EntryCheck Fail(TamperKind kind, string message, LedgerEntry? entry = null) => new(entry, null, null, kind, message);
}
