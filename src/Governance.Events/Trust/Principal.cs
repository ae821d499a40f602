namespace Governance.Events.Trust;

/// <summary>One principal of <c>.governance/principals.yaml</c>: the teams it belongs to and whether it is a recorder.</summary>
/// <param name="Name">The principal, as <c>allowed_signers</c> names it (<c>alice@acme.example</c>).</param>
/// <param name="Teams">The teams it belongs to.</param>
/// <param name="Recorder">True for the recorder role: writes ledger commits and relays facts made elsewhere.</param>
public sealed record Principal(string Name, IReadOnlyList<string> Teams, bool Recorder);
