namespace Governance.Core.Policies;

/// <summary>One rule of a policy: an id, a requirement, a mode, and an optional C# <c>when</c> condition.</summary>
/// <param name="Id">Unique kebab-case id used in output, waivers and tests.</param>
/// <param name="Requirement">What must hold.</param>
/// <param name="Mode">Enforce (blocks) or audit (reports only).</param>
/// <param name="Location">Where the rule starts in the policy file.</param>
public sealed record Rule(string Id, Requirement Requirement, RuleMode Mode, SourceLocation Location)
{
    /// <summary>Optional C# condition; the rule is skipped when it is false.</summary>
    public string? When { get; init; }

    /// <summary>Where the <c>when</c> text starts in the policy file.</summary>
    public SourceLocation? WhenLocation { get; init; }

    /// <summary>Only signed evidence satisfies this rule.</summary>
    public bool RequireSigned { get; init; }

    /// <summary>A human description shown with the outcome.</summary>
    public string? Description { get; init; }
}
