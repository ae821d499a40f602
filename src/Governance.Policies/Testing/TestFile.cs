namespace Governance.Policies.Testing;

/// <summary>A parsed test file: the policy files it tests and its cases.</summary>
/// <param name="Path">The test file.</param>
/// <param name="Policies">Policy paths, resolved relative to the test file.</param>
/// <param name="Cases">The cases, in file order.</param>
internal sealed record TestFile(string Path, IReadOnlyList<string> Policies, IReadOnlyList<TestCase> Cases);
