using Governance.Workflows.Hosting;

namespace Governance.Cli;

/// <summary>Entry point of the <c>govern</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code: 0 allow, 1 deny, 2 no decision.</summary>
    public static Task<int> Main(string[] args) => GovernApp.RunAsync(args, HostContext.FromProcess());
}
