using Governance.Core.Decisions;

namespace Governance.Core.Evaluation;

/// <summary>What a requirement check found, before waivers and mode are applied.</summary>
/// <param name="Outcome">Pass, fail or error.</param>
/// <param name="Message">One line with operand values.</param>
/// <param name="Details">Each considered item and why it counted or not.</param>
/// <param name="Remedy">What would satisfy the rule.</param>
/// <param name="Evidence">References of the items that decided it.</param>
internal sealed record CheckResult(
    RuleOutcome Outcome,
    string Message,
    IReadOnlyList<string> Details,
    string? Remedy,
    IReadOnlyList<string> Evidence)
{
    public static CheckResult Pass(string message, IReadOnlyList<string> details, IReadOnlyList<string> evidence) =>
        new(RuleOutcome.Pass, message, details, null, evidence);

    public static CheckResult Fail(string message, IReadOnlyList<string> details, string remedy, IReadOnlyList<string>? evidence = null) =>
        new(RuleOutcome.Fail, message, details, remedy, evidence ?? []);

    public static CheckResult Error(string message, IReadOnlyList<string>? details = null) =>
        new(RuleOutcome.Error, message, details ?? [], null, []);
}
