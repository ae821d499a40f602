namespace Governance.Ledger.Entries;

/// <summary>What an entry is about: a model (name + digest), a dataset, a deployment and/or a commit.</summary>
public sealed record EntrySubject(string? Model = null, string? Digest = null, string? Dataset = null, string? Deployment = null, string? Commit = null);
