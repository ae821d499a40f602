using System.Globalization;
using System.Xml.Linq;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Testing;

/// <summary>Writes a <see cref="PolicyTestReport"/> as JUnit XML; XLinq escapes every attribute and text.</summary>
internal static class JUnitWriter
{
    /// <summary>The XML document text.</summary>
    public static string Write(PolicyTestReport report)
    {
        var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var suites = report.Cases.GroupBy(c => c.File).Select(Suite).ToList();
        if (errors.Count > 0)
        {
            suites.Add(new XElement("testsuite",
                new XAttribute("name", "load errors"),
                new XAttribute("tests", errors.Count),
                new XAttribute("failures", 0),
                new XAttribute("errors", errors.Count),
                new XAttribute("time", "0"),
                errors.Select(d => new XElement("testcase",
                    new XAttribute("name", d.Location?.ToString() is { Length: > 0 } where ? where : "govern policy test"),
                    new XAttribute("classname", "load"),
                    new XAttribute("time", "0"),
                    new XElement("error", new XAttribute("message", Clean(d.Message)), Clean(d.ToString()))))));
        }

        var root = new XElement("testsuites",
            new XAttribute("name", "govern policy test"),
            new XAttribute("tests", report.Cases.Count + errors.Count),
            new XAttribute("failures", report.Cases.Count(c => !c.Passed)),
            new XAttribute("errors", errors.Count),
            new XAttribute("time", Seconds(TimeSpan.FromTicks(report.Cases.Sum(c => c.Duration.Ticks)))),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }

    private static XElement Suite(IGrouping<string, PolicyTestCaseResult> file) => new("testsuite",
        new XAttribute("name", file.Key),
        new XAttribute("tests", file.Count()),
        new XAttribute("failures", file.Count(c => !c.Passed)),
        new XAttribute("errors", 0),
        new XAttribute("time", Seconds(TimeSpan.FromTicks(file.Sum(c => c.Duration.Ticks)))),
        file.Select(c => new XElement("testcase",
            new XAttribute("name", Clean(c.Name)),
            new XAttribute("classname", file.Key),
            new XAttribute("time", Seconds(c.Duration)),
            c.Passed ? null : new XElement("failure",
                new XAttribute("message", Clean(c.Failures.Count > 0 ? c.Failures[0] : "failed")),
                new XAttribute("type", "assertion"),
                Clean(string.Join("\n", c.Failures))))));

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters other than tab and newlines).</summary>
    private static string Clean(string text) =>
        string.Concat(text.Where(ch => ch is '\t' or '\n' or '\r' || (ch >= ' ' && ch != '\uFFFE' && ch != '\uFFFF')));
}
