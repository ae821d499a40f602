namespace Governance.Core.Policies;

/// <summary><c>metadata</c>: the policy's name, description and owners.</summary>
/// <param name="Name">Unique name, used in output and commit status contexts.</param>
/// <param name="Description">What the policy is for.</param>
/// <param name="Owners">Teams that own it.</param>
public sealed record PolicyMetadata(string Name, string? Description, IReadOnlyList<string> Owners);
