using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>What an <see cref="IEvidenceSource"/> is asked for.</summary>
/// <param name="Subject">The model digest, environment and (when known) commit being decided.</param>
/// <param name="Policies">The trusted policies that will judge the subject (a source may read which teams they name).</param>
public sealed record EvidenceRequest(Subject Subject, IReadOnlyList<Policy> Policies)
{
    /// <summary>What the sources asked before this one returned, in order; a later source may take the commit from them.</summary>
    public IReadOnlyList<EvidenceBatch> Earlier { get; init; } = [];

    /// <summary>The commit being gated: the subject's, else the first an earlier source reported.</summary>
    public string? Commit => Subject.Commit ?? Earlier.Select(b => b.Evidence.Context.Commit).FirstOrDefault(c => c is not null);
}
