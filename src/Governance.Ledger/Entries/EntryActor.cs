namespace Governance.Ledger.Entries;

/// <summary>Who recorded an entry, and from which workflow run.</summary>
/// <param name="Name">The actor (e.g. a GitHub login or service identity).</param>
/// <param name="Run">The CI run id or URL, if any.</param>
/// <param name="Workflow">The workflow name or path, if any.</param>
public sealed record EntryActor(string Name, string? Run = null, string? Workflow = null);
