namespace Governance.Core.Subjects;

/// <summary>What a decision is about: a model digest deployed to an environment, from a commit.</summary>
/// <param name="Model">The model name, matched by <c>appliesTo.models</c> globs.</param>
/// <param name="Digest">The exact model digest all evidence must be bound to.</param>
/// <param name="Environment">The target environment, matched by <c>appliesTo.environments</c>.</param>
/// <param name="Commit">The commit being deployed or gated, when known.</param>
public sealed record Subject(string Model, Digest Digest, string Environment, string? Commit = null);
