using Governance.Core.Subjects;

namespace Governance.Cli.Lifecycle;

/// <summary>An affected model.</summary>
/// <param name="Digest">Its digest.</param>
/// <param name="Name">Its recorded name, if any.</param>
/// <param name="Stages">The stages that consumed the dataset on the way to it.</param>
/// <param name="Direct">True when the stage producing this digest consumed the dataset itself.</param>
internal sealed record ImpactModel(Digest Digest, string? Name, IReadOnlyList<string> Stages, bool Direct);
