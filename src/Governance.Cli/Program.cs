namespace Governance.Cli;

/// <summary>Entry point of the <c>govern</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool and returns its exit code.</summary>
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 2;
}
