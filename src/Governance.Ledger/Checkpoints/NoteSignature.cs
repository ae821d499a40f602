namespace Governance.Ledger.Checkpoints;

/// <summary>One signature line of a C2SP signed note.</summary>
/// <param name="KeyName">The key name (for checkpoints, the origin).</param>
/// <param name="KeyId">The 4-byte key ID.</param>
/// <param name="Signature">The signature bytes after the key ID.</param>
public sealed record NoteSignature(string KeyName, uint KeyId, ReadOnlyMemory<byte> Signature);
