using System.Diagnostics;
using System.Text;
using Governance.Policies.Loading;
using Governance.Policies.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Policies.Tests.Loading;

public sealed class PolicyLoaderHostileInputTests
{
    private static string Errors(byte[] content) => string.Join("\n", PolicyLoader.Parse("p.yaml", content).Diagnostics);

    [Fact]
    public void Parse_BillionLaughs_FailsFastWithClearError()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            text.Append($"{c}: &{c} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n");
        }

        var watch = Stopwatch.StartNew();
        var errors = Errors(Samples.Bytes(text.ToString()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Contains("aliases expand to more than 10000 nodes", errors, StringComparison.Ordinal);
        Assert.StartsWith("p.yaml:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingTenThousandDeep_ReportsDepthLimit()
    {
        var text = "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        Assert.Contains("p.yaml:1:", Errors(Samples.Bytes(text)), StringComparison.Ordinal);
        Assert.Contains("nesting is deeper than 64 levels", Errors(Samples.Bytes(text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlockNestingTwoHundredDeep_ReportsDepthLimit()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            text.Append(' ', i).Append("k:\n");
        }

        Assert.Contains("nesting is deeper than 64 levels", Errors(Samples.Bytes(text.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BinaryContent_ReportsNotUtf8()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        Assert.Equal("p.yaml: not a UTF-8 text file (it contains NUL bytes)", Errors(png));
    }

    [Fact]
    public void Parse_Latin1Content_ReportsNotUtf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("metadata:\n  name: caf\u00e9\n");
        Assert.Equal("p.yaml: not a UTF-8 text file (it contains invalid UTF-8 bytes)", Errors(latin1));
    }

    [Fact]
    public void Parse_Utf8Bom_IsTolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Samples.Bytes(Samples.Minimal())).ToArray();
        var result = PolicyLoader.Parse("p.yaml", bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(7, result.Value!.Rules[0].Location.Line);
    }

    [Fact]
    public void Parse_TooLarge_ReportsSizeLimit()
    {
        var bytes = Samples.Bytes("# " + new string('x', 1024 * 1024) + "\n");
        Assert.Contains("file is too large", Errors(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ReportsFileNotFound()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "nope.yaml");
        var result = PolicyLoader.Load([path]);
        Assert.False(result.Succeeded);
        Assert.Equal($"{path}: file not found", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Load_EmptyFile_ReportsEmpty()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("empty.yaml", "");
        Assert.Equal($"{path}: file is empty", Assert.Single(PolicyLoader.Load([path]).Diagnostics).ToString());
    }

    [Fact]
    public void Load_Directory_ReadsPolicyFilesSortedByNameNotSubdirectories()
    {
        using var dir = new TempDirectory();
        dir.Write("b.yml", Samples.Minimal("b"));
        dir.Write("a.yaml", Samples.Minimal("a"));
        dir.Write("c.json", "{\"apiVersion\":\"governance/v1\",\"kind\":\"DeploymentPolicy\",\"metadata\":{\"name\":\"c\"},\"spec\":{\"rules\":[{\"id\":\"x\",\"expression\":\"true\"}]}}");
        dir.Write("notes.txt", "not a policy");
        dir.Write("sub/d.yaml", "broken: [");
        var result = PolicyLoader.Load([dir.Path]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["a", "b", "c"], result.Value!.Select(p => p.Name));
    }

    [Fact]
    public void Load_EmptyDirectory_ReportsNoPolicies()
    {
        using var dir = new TempDirectory();
        var result = PolicyLoader.Load([dir.Path]);
        Assert.False(result.Succeeded);
        Assert.Contains("directory holds no policy files", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoPaths_ReportsNoPolicies()
    {
        Assert.Equal("no policy files given", Assert.Single(PolicyLoader.Load([]).Diagnostics).ToString());
    }

    [Fact]
    public void Load_DuplicatePolicyNames_ReportsSecondName()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Samples.Minimal("same"));
        var second = dir.Write("b.yaml", Samples.Minimal("same"));
        var result = PolicyLoader.Load([dir.Path]);
        Assert.False(result.Succeeded);
        Assert.StartsWith($"{second}:4:9: duplicate policy name 'same'", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsLocationWithoutYamlDotNetPrefix()
    {
        var errors = Errors(Samples.Bytes("a: b\n  c: d\n"));
        Assert.Matches(@"^p\.yaml:2:\d+: invalid YAML: ", errors);
        Assert.DoesNotContain("Idx:", errors, StringComparison.Ordinal);
    }
}
