using System.Diagnostics;
using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Caching;

public sealed class RoslynNotLoadedTests
{
    [Fact]
    public void Create_FromCacheInFreshProcess_NeverLoadsMicrosoftCodeAnalysis()
    {
        using var cache = new TempDirectory();
        ExpressionPrecompiler.Build([Probe.Policy], cache.Options);

        var output = RunProbe(cache.Path);

        Assert.Contains("fromCache=True", output, StringComparison.Ordinal);
        Assert.Contains("verdict=Deny outcomes=Fail,Pass", output, StringComparison.Ordinal);
        Assert.Contains("roslyn=[]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CacheMissInFreshProcess_LoadsRoslyn()
    {
        using var cache = new TempDirectory();

        var output = RunProbe(cache.Path);

        // The probe can tell the two paths apart: without this the test above could pass vacuously.
        Assert.Contains("fromCache=False", output, StringComparison.Ordinal);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp", output, StringComparison.Ordinal);
    }

    private static string RunProbe(string cache)
    {
        var assembly = typeof(Probe).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", assembly, "probe-cached", cache })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "probe did not finish");
        Assert.True(process.ExitCode == 0, $"probe failed: {output}{error}");
        return output;
    }
}
