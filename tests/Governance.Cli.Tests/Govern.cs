using Governance.Workflows.Hosting;
using Governance.Cli;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.Time;

namespace Governance.Cli.Tests;

/// <summary>Runs <c>govern</c> in-process with captured output, from the repository root by default.</summary>
internal static class Govern
{
    public const string Digest = "sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940";

    public static GovernResult Run(params string[] args) => RunIn(RepositoryRoot.Path, args);

    public static GovernResult RunIn(string directory, params string[] args) => RunWith(directory, new Dictionary<string, string>(), args);

    public static GovernResult RunWith(string directory, Dictionary<string, string> environment, params string[] args) =>
        RunAt(directory, environment, new FixedClock(Some.Now), args);

    /// <summary>Runs on the system clock: for ledgers written by a real govern process (verify rejects entries dated ahead of its clock).</summary>
    public static GovernResult RunOnSystemClock(string directory, params string[] args) => RunAt(directory, [], TimeProvider.System, args);

    private static GovernResult RunAt(string directory, Dictionary<string, string> environment, TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new HostContext(output, error, environment, directory, time);
        var exit = GovernApp.Run(args, context);
        return new GovernResult(exit, output.ToString(), error.ToString());
    }

    public static string[] Check(string evidence, params string[] extra) =>
        ["check", "--policy", "policies/", "--model", "support-bot-v3", "--digest", Digest, "--environment", "production", "--evidence", evidence, "--no-record", .. extra];
}

/// <summary>What a govern run printed and returned.</summary>
internal sealed record GovernResult(int Exit, string Output, string Error);
