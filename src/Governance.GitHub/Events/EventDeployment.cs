namespace Governance.GitHub.Events;

/// <summary>The deployment a <c>deployment</c> or <c>deployment_protection_rule</c> event is about.</summary>
/// <param name="Id">The deployment id.</param>
/// <param name="Sha">The deployed commit.</param>
/// <param name="Environment">The target environment.</param>
/// <param name="Creator">Who created the deployment (the deployer).</param>
/// <param name="Ref">The deployed ref (branch, tag or sha).</param>
public sealed record EventDeployment(long Id, string Sha, string Environment, string? Creator, string? Ref);
