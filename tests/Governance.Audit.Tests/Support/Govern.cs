using Governance.Workflows.Hosting;
using Governance.Cli;
using Governance.Testing.Builders;
using Governance.Testing.Time;

namespace Governance.Audit.Tests.Support;

/// <summary>Runs <c>govern</c> in-process with captured output (as tests/Governance.Cli.Tests does).</summary>
internal static class Govern
{
    public const string Digest = "sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940";

    public static GovernResult RunIn(string directory, params string[] args) => RunAt(directory, Some.Now, args);

    public static GovernResult RunAt(string directory, DateTimeOffset now, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new HostContext(output, error, new Dictionary<string, string>(), directory, new FixedClock(now));
        var exit = GovernApp.Run(args, context);
        return new GovernResult(exit, output.ToString(), error.ToString());
    }
}

/// <summary>What a govern run printed and returned.</summary>
internal sealed record GovernResult(int Exit, string Output, string Error);
