namespace Governance.Ledger.Signing;

/// <summary>An in-toto ResourceDescriptor reduced to what the ledger binds: a name and a lowercase-hex SHA-256.</summary>
/// <param name="Name">The artifact name (<c>_</c> when meaningless).</param>
/// <param name="Sha256">64 lowercase hex characters.</param>
public sealed record InTotoSubject(string Name, string Sha256);
