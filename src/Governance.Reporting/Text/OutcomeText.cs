using Governance.Core.Decisions;

namespace Governance.Reporting.Text;

/// <summary>Lower-case names of outcomes, verdicts and modes as they appear in every output format.</summary>
public static class OutcomeText
{
    /// <summary><c>pass</c>, <c>fail</c>, <c>waived</c>, <c>skipped</c> or <c>error</c>.</summary>
    public static string Of(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.Waived => "waived",
        RuleOutcome.Skipped => "skipped",
        _ => "error",
    };

    /// <summary><c>allow</c> or <c>deny</c>.</summary>
    public static string Of(Verdict verdict) => verdict == Verdict.Allow ? "allow" : "deny";

    /// <summary><c>enforce</c> or <c>audit</c>.</summary>
    public static string Of(Core.Policies.RuleMode mode) => mode == Core.Policies.RuleMode.Enforce ? "enforce" : "audit";
}
