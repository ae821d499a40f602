namespace Governance.Ledger.Storage;

/// <summary>How a <see cref="LedgerStore"/> writes.</summary>
/// <param name="Origin">Checkpoint origin (log identity, no spaces or '+'), e.g. <c>github.com/acme/models/governance-ledger</c>.</param>
/// <param name="Committer">Author/committer identity of ledger commits, <c>Name &lt;email&gt;</c>.</param>
/// <param name="MaxAttempts">Compare-and-swap attempts before an append gives up.</param>
/// <param name="WriteIndex">Write the signed subject index with each batch (off only reproduces ledgers written before it).</param>
public sealed record LedgerOptions(
    string Origin = "governance.local/ledger",
    string Committer = "Governance Ledger <ledger@governance.invalid>",
    int MaxAttempts = 64,
    bool WriteIndex = true);
