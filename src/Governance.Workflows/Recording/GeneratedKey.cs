namespace Governance.Workflows.Recording;

/// <summary>A signing key just written, with the lines that make the ledger trust it.</summary>
/// <param name="PublicKeyFile">The file name of its OpenSSH public key (beside the private key).</param>
/// <param name="Fingerprint">The key's SHA-256 fingerprint.</param>
/// <param name="AllowedSignersLine">Its line for <c>.governance/allowed_signers</c> on the default branch.</param>
/// <param name="RecorderLine">Its entry for <c>.governance/principals.yaml</c> when it is a recorder key, else null.</param>
public sealed record GeneratedKey(string PublicKeyFile, string Fingerprint, string AllowedSignersLine, string? RecorderLine);
