using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Policies;

namespace Governance.Policies.Testing;

/// <summary>Evaluates one case and compares the decision with its expectations.</summary>
internal static class TestCaseEvaluator
{
    /// <summary>One line per unmet expectation; empty when the case passes.</summary>
    public static List<string> Run(PolicyEvaluator evaluator, IReadOnlyList<Policy> policies, TestCase testCase)
    {
        var failures = new List<string>();
        if (testCase.Evidence is null)
        {
            failures.Add("the case's evidence could not be loaded");
            return failures;
        }

        Decision decision;
        try
        {
            var subject = testCase.Subject.Commit is null && testCase.Evidence.Context.Commit is { } commit
                ? testCase.Subject with { Commit = commit }
                : testCase.Subject;
            decision = evaluator.Evaluate(policies, subject, testCase.Evidence);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failures.Add($"evaluation threw {ex.GetType().Name}: {ex.Message}");
            return failures;
        }

        var actual = decision.NoPolicyApplied ? "not-applicable" : decision.Verdict == Verdict.Allow ? "allow" : "deny";
        if (testCase.Decision is { } expected && expected != actual)
        {
            var blocking = decision.Rules.Where(r => r.Blocks).Select(r => $"{r.Id}: {r.Message}").ToList();
            failures.Add($"decision: expected {expected}, got {actual}" + (blocking.Count > 0 ? $" (blocking: {string.Join("; ", blocking)})" : ""));
        }

        foreach (var (id, outcome) in testCase.Rules)
        {
            var result = decision.Rules.FirstOrDefault(r => r.Id == id);
            var got = result is null ? null : Name(result.Outcome);
            if (result is null)
            {
                failures.Add($"rule {id}: expected {outcome}, but no applicable policy has a rule '{id}'");
            }
            else if (got != outcome)
            {
                failures.Add($"rule {id}: expected {outcome}, got {got}: {result.Message}");
            }
        }

        foreach (var (id, text) in testCase.Messages)
        {
            var result = decision.Rules.FirstOrDefault(r => r.Id == id);
            if (result is null)
            {
                failures.Add($"rule {id}: expected a message containing \"{text}\", but no applicable policy has a rule '{id}'");
            }
            else if (!result.Message.Contains(text, StringComparison.Ordinal))
            {
                failures.Add($"rule {id}: expected a message containing \"{text}\", got \"{result.Message}\"");
            }
        }

        return failures;
    }

    private static string Name(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => "pass",
        RuleOutcome.Fail => "fail",
        RuleOutcome.Waived => "waived",
        RuleOutcome.Skipped => "skipped",
        _ => "error",
    };
}
