namespace Governance.Ledger.Writing;

/// <summary>Which repository's ledger a command works on, and where its trusted signers come from.</summary>
/// <param name="Repository">The repository (work tree) path.</param>
/// <param name="TrustRef">The trusted ref holding <c>.governance/allowed_signers</c> and <c>principals.yaml</c>; null for the default.</param>
/// <param name="AllowedSignersFile">An explicit allowed_signers file instead of the trusted ref's.</param>
/// <param name="PrincipalsFile">An explicit principals.yaml instead of the trusted ref's.</param>
public sealed record LedgerTarget(string Repository, string? TrustRef, string? AllowedSignersFile, string? PrincipalsFile);
