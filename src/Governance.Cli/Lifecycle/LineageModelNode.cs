namespace Governance.Cli.Lifecycle;

/// <summary>A model digest in a lineage: the traced model or one of its ancestors.</summary>
/// <param name="Digest">The digest.</param>
/// <param name="Name">The name recorded with it, if any.</param>
/// <param name="Recorded">True when a recorded training stage produced it; false for a base model of unknown lineage.</param>
/// <param name="Notes">Approvals, waivers, attestations, evaluations and deployments bound to this digest.</param>
internal sealed record LineageModelNode(string Digest, string? Name, bool Recorded, IReadOnlyList<LineageNote> Notes);
