using System.Collections.Immutable;
using System.Xml.Linq;
using Governance.Testing.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Governance.Core.Tests.Purity;

/// <summary>
/// Core and Events are pure: src/BannedSymbols.txt, applied by Microsoft.CodeAnalysis.BannedApiAnalyzers, makes the
/// clock, console, file system, processes, environment and HTTP compile errors there (RS0030 under warnings-as-errors).
/// These tests run the real analyzer, from its package, with the real list on code that uses each banned API, and
/// check that both project files wire that analyzer and that list.
/// </summary>
public sealed class BannedApiTests
{
    public static TheoryData<string> Violations() =>
    [
        "_ = System.DateTime.Now;",
        "_ = System.DateTime.UtcNow;",
        "_ = System.DateTimeOffset.Now;",
        "_ = System.DateTimeOffset.UtcNow;",
        "System.Console.WriteLine(1);",
        "_ = System.IO.File.Exists(\"x\");",
        "System.IO.Directory.CreateDirectory(\"x\");",
        "using var p = System.Diagnostics.Process.Start(\"git\");",
        "_ = System.Environment.GetEnvironmentVariable(\"HOME\");",
        "using var c = new System.Net.Http.HttpClient();",
    ];

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Analyze_BannedApiInPureCode_ReportsRS0030(string statement)
    {
        var diagnostics = await PureAnalysis.RunAsync($"static class C {{ static void M() {{ {statement} }} }}");
        Assert.Contains(diagnostics, d => d.Id == "RS0030" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("pure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_TimeProviderAndPathsAndWriters_NotBanned()
    {
        var diagnostics = await PureAnalysis.RunAsync("""
            static class C
            {
                static string M(System.TimeProvider time, System.IO.TextWriter output)
                {
                    output.WriteLine(time.GetUtcNow());
                    return System.IO.Path.Combine("a", "b") + new System.DateTimeOffset(2026, 1, 1, 0, 0, 0, System.TimeSpan.Zero);
                }
            }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Id == "RS0030");
    }

    [Theory]
    [InlineData("Governance.Core")]
    [InlineData("Governance.Events")]
    public void ProjectFile_PureProject_WiresTheAnalyzerAndTheSharedList(string project)
    {
        var folder = RepositoryRoot.Combine("src", project);
        var xml = XDocument.Load(Path.Combine(folder, project + ".csproj"));
        Assert.Contains(xml.Descendants("PackageReference"), e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.BannedApiAnalyzers");
        Assert.Contains(xml.Descendants("AdditionalFiles"), e =>
            Path.GetFullPath(Path.Combine(folder, ((string)e.Attribute("Include")!).Replace('\\', Path.DirectorySeparatorChar))) == PureAnalysis.BannedSymbolsPath);
    }
}
