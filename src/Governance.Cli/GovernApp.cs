using Governance.Workflows.Hosting;
using Governance.Cli.Hosting;

namespace Governance.Cli;

/// <summary>The <c>govern</c> tool as a library call: what <see cref="Program"/> and the in-process tests run.</summary>
public static class GovernApp
{
    /// <summary>Runs the tool with the given arguments and context; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, HostContext context, CancellationToken cancellationToken = default) =>
        GovernHost.RunAsync(args, context, cancellationToken);

    /// <summary>Runs the tool to completion (for callers without an async context, such as the in-process tests).</summary>
    public static int Run(string[] args, HostContext context) => RunAsync(args, context).GetAwaiter().GetResult();
}
