namespace Governance.Cli.Tests.Ledger;

/// <summary>
/// The ledger runs on the libgit2 bundled by LibGit2Sharp.NativeBinaries, in a process that cannot see any system
/// libgit2 (GitHub's runner images ship none); a missing bundled library is a plain exit-2 message.
/// </summary>
public sealed class BundledLibGit2Tests
{
    private const string Digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

    [Fact]
    public void LedgerCommands_SystemLibGit2Hidden_RecordVerifyAndLogWork()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Mount namespaces are Linux-only; the bundled library is the same on every platform.
        }

        using var repo = LedgerRepo.Create();
        var system = IsolatedGovern.SystemLibGit2Count();

        var result = IsolatedGovern.Run(repo.Path, hideBundled: false, env: null,
            ["record", "evaluation", "--model", "m", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem"],
            ["audit", "verify"],
            ["audit", "log", "--format", "json"]);

        Assert.True(result.Exit == 0, result.Error + result.Output);
        var hidden = int.Parse(System.Text.RegularExpressions.Regex.Match(result.Error, @"isolation: hid (\d+) system libgit2").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(hidden >= Math.Min(system, 1), $"ldconfig lists {system} libgit2 entries, {hidden} hidden");
        Assert.Matches(@"(?m)^intact: \d+ entries", result.Output);
        Assert.Contains("evaluation.recorded", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LedgerCommands_LoaderTrace_LoadsOnlyTheBundledLibrary()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var repo = LedgerRepo.Create();

        // glibc's loader traces every shared object it maps on stderr ("file=<path> [0];  generating link map").
        var result = IsolatedGovern.Run(repo.Path, hideBundled: false, new() { ["LD_DEBUG"] = "files" }, ["audit", "verify"]);

        Assert.True(result.Exit == 0, result.Error);
        var opened = result.Error.Split('\n').Where(l => l.Contains("generating link map", StringComparison.Ordinal) && l.Contains("git2", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(opened);
        Assert.All(opened, l => Assert.Matches(@"file=\S+/runtimes/linux[a-z0-9-]*/native/libgit2-[0-9a-f]{7}\.so ", l));
    }

    [Fact]
    public void LedgerCommand_BundledLibraryUnloadable_ExitsTwoNamingTheLibrary()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var repo = LedgerRepo.Create();

        var result = IsolatedGovern.Run(repo.Path, hideBundled: true, env: null, ["audit", "verify"]);

        Assert.Equal(2, result.Exit);
        Assert.Matches(@"govern: cannot load the native libgit2 library libgit2-[0-9a-f]{7}\.so for linux-[a-z0-9-]+, which govern ships in runtimes/", result.Error);
        Assert.Contains("Reinstall the tool", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("type initializer", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
