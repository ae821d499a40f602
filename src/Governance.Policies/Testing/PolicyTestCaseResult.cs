namespace Governance.Policies.Testing;

/// <summary>The result of one policy test case.</summary>
/// <param name="File">The test file.</param>
/// <param name="Name">The case name.</param>
/// <param name="Passed">True when every expectation held.</param>
/// <param name="Failures">One line per unmet expectation, e.g. <c>rule toxicity: expected pass, got fail: …</c>.</param>
/// <param name="Duration">How long the case took.</param>
public sealed record PolicyTestCaseResult(string File, string Name, bool Passed, IReadOnlyList<string> Failures, TimeSpan Duration);
