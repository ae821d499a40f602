using Governance.Core.Policies;

namespace Governance.Core.Decisions;

/// <summary>One rule's outcome with its human explanation and the evidence it used.</summary>
/// <param name="Policy">The policy name.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Outcome">Pass, fail, waived, skipped or error.</param>
/// <param name="Message">One line: what was found, with operand values.</param>
public sealed record RuleResult(string Policy, Rule Rule, RuleOutcome Outcome, string Message)
{
    /// <summary>The rule id.</summary>
    public string Id => Rule.Id;

    /// <summary>The requirement kind.</summary>
    public string Kind => Rule.Requirement.Kind;

    /// <summary>Enforce or audit.</summary>
    public RuleMode Mode => Rule.Mode;

    /// <summary>Operand values and each considered item, for <c>--explain</c>.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>What would satisfy the rule, when it is not satisfied.</summary>
    public string? Remedy { get; init; }

    /// <summary>References of the evidence items that decided the outcome.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>True when this outcome blocks: an enforced rule that failed or errored.</summary>
    public bool Blocks => Mode == RuleMode.Enforce && Outcome is RuleOutcome.Fail or RuleOutcome.Error;
}
