namespace Governance.Core.Policies;

/// <summary>Who may waive this policy's rules and for how long.</summary>
/// <param name="Approvers">Who may grant waivers.</param>
/// <param name="MaxDuration">The longest a waiver may run from its grant.</param>
public sealed record WaiverPolicy(PrincipalSet Approvers, TimeSpan MaxDuration);
