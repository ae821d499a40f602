using Governance.Ledger.Storage;

namespace Governance.Audit.Report;

/// <summary>Everything the ledger holds about one model, oldest first.</summary>
/// <param name="Name">The model name (or its digest when no entry names it).</param>
public sealed record ModelDossier(string Name)
{
    /// <summary>Every digest recorded under the name.</summary>
    public SortedSet<string> Digests { get; } = new(StringComparer.Ordinal);

    /// <summary><c>decision.recorded</c> entries.</summary>
    public List<StoredEntry> Decisions { get; } = [];

    /// <summary><c>approval.granted</c> and <c>approval.revoked</c> entries.</summary>
    public List<StoredEntry> Approvals { get; } = [];

    /// <summary><c>evaluation.recorded</c> entries.</summary>
    public List<StoredEntry> Evaluations { get; } = [];

    /// <summary><c>attestation.added</c> entries.</summary>
    public List<StoredEntry> Attestations { get; } = [];

    /// <summary><c>waiver.granted</c> entries.</summary>
    public List<StoredEntry> Waivers { get; } = [];

    /// <summary>Deployment entries (requested, completed, rolled back).</summary>
    public List<StoredEntry> Deployments { get; } = [];
}
