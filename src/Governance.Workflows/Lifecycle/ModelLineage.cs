using Governance.Events.Lineage;

namespace Governance.Workflows.Lifecycle;

/// <summary>A model's lineage, with a note when its name was resolved to one of several digests.</summary>
/// <param name="Report">The lineage.</param>
/// <param name="Note">How the model name was resolved, when worth saying.</param>
public sealed record ModelLineage(LineageReport Report, string? Note);
