using System.Globalization;
using System.Text;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Testing;

/// <summary>The outcome of <c>govern policy test</c>: every case and every problem with the test or policy files.</summary>
/// <param name="Cases">Case results, by file then in file order.</param>
/// <param name="Diagnostics">Problems loading test, policy or evidence files.</param>
public sealed record PolicyTestReport(IReadOnlyList<PolicyTestCaseResult> Cases, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one case ran, all passed, and no error was reported. A run with zero cases fails.</summary>
    public bool Passed => Cases.Count > 0 && Cases.All(c => c.Passed) && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>A human-readable report: one line per case, failures indented, diagnostics, then a summary.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var c in Cases)
        {
            text.Append(c.Passed ? "PASS " : "FAIL ").Append(c.File).Append(": ").Append(c.Name)
                .Append(" (").Append(((long)c.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append(" ms)\n");
            foreach (var failure in c.Failures)
            {
                text.Append("    ").Append(failure).Append('\n');
            }
        }

        foreach (var diagnostic in Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        var failed = Cases.Count(c => !c.Passed);
        var errors = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        text.Append(CultureInfo.InvariantCulture, $"{Cases.Count} case{(Cases.Count == 1 ? "" : "s")}: {Cases.Count - failed} passed, {failed} failed");
        if (errors > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {errors} error{(errors == 1 ? "" : "s")}");
        }

        return text.Append(Passed ? " - PASSED\n" : " - FAILED\n").ToString();
    }

    /// <summary>JUnit XML (<c>testsuites/testsuite/testcase/failure</c>): one suite per test file, plus one for load errors.</summary>
    public string ToJUnitXml() => JUnitWriter.Write(this);

    /// <summary>
    /// The same report with file paths (case files and diagnostic locations) relative to <paramref name="root"/>, e.g. the
    /// repository, with <c>/</c> separators, so reports name no machine path. Paths outside the root stay as they are.
    /// </summary>
    public PolicyTestReport RelativeTo(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        return new PolicyTestReport(
            [.. Cases.Select(c => c with { File = Relative(root, c.File) })],
            [.. Diagnostics.Select(d => d.Location is { } at ? d with { Location = at with { File = Relative(root, at.File) } } : d)]);
    }

    private static string Relative(string root, string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
