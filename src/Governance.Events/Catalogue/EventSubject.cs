namespace Governance.Events.Catalogue;

/// <summary>What an event is about: a model (name + digest), a dataset, a deployment and/or a commit (the entry's <c>subject</c>).</summary>
/// <param name="Model">The model name.</param>
/// <param name="Digest">The model digest (<c>sha256:…</c>).</param>
/// <param name="Dataset">The dataset id.</param>
/// <param name="Deployment">The deployment.</param>
/// <param name="Commit">The commit.</param>
public sealed record EventSubject(string? Model = null, string? Digest = null, string? Dataset = null, string? Deployment = null, string? Commit = null);
