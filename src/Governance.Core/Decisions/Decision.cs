using Governance.Core.Subjects;

namespace Governance.Core.Decisions;

/// <summary>The result of evaluating policies for a subject: a value, never an exception.</summary>
/// <param name="Verdict">Allow or deny.</param>
/// <param name="Subject">What was gated.</param>
/// <param name="Time">The decision time every <c>maxAge</c> is measured to.</param>
/// <param name="Policies">Each policy and whether it applied.</param>
/// <param name="Rules">Each rule of each applicable policy, in order.</param>
public sealed record Decision(
    Verdict Verdict,
    Subject Subject,
    DateTimeOffset Time,
    IReadOnlyList<PolicyResult> Policies,
    IReadOnlyList<RuleResult> Rules)
{
    /// <summary>True when no policy's <c>appliesTo</c> matched the subject.</summary>
    public bool NoPolicyApplied => !Policies.Any(p => p.Applies);

    /// <summary>Notes about ignored evidence (expired waivers, unsigned items refused) shown with the decision.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
