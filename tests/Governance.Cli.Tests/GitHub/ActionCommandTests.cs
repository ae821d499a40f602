using Governance.GitHub.Actions;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.GitHub;

public sealed class ActionCommandTests
{
    [Fact]
    public async Task Action_MissingModelInput_ExitsTwoNamingTheInput()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.OnActions();
        github.Env["GOVERNANCE_POLICY"] = "policies";
        github.Env["GOVERNANCE_DIGEST"] = Govern.Digest;
        github.Env["GOVERNANCE_ENVIRONMENT"] = "production";

        var result = github.Run("github", "action");

        Assert.Equal(2, result.Exit);
        Assert.Contains("input model is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_UnknownMode_ExitsTwo()
    {
        await using var github = await GitHubScenario.StartAsync();
        github.Env["GOVERNANCE_MODE"] = "merge";

        var result = github.Run("github", "action");

        Assert.Equal(2, result.Exit);
        Assert.Contains("input mode: 'merge' is not one of gate, pull-request", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SigningKeyFile_Write_IsPrivateUnderRunnerTempAndGoneAfterDispose()
    {
        using var temp = new TempDirectory();
        string path;
        using (var key = SigningKeyFile.Write(temp.Path, "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----"))
        {
            path = key.Path;
            Assert.StartsWith(temp.Path, path, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }

            Assert.EndsWith("-----END PRIVATE KEY-----\n", File.ReadAllText(path), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(path));
    }
}
