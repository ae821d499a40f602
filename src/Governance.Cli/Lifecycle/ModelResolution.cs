using Governance.Core.Subjects;

namespace Governance.Cli.Lifecycle;

/// <summary>The digest <c>--model</c> resolved to, and for a name, which entry chose it and why.</summary>
/// <param name="Digest">The model digest.</param>
/// <param name="Note">For a name: the entry that chose the digest and the other digests recorded under it; null for a digest.</param>
internal sealed record ModelResolution(Digest Digest, string? Note);
