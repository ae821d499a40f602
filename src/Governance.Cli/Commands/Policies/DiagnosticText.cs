using Governance.Workflows;
using Governance.Workflows.Hosting;
using Governance.Policies.Diagnostics;

namespace Governance.Cli.Commands.Policies;

/// <summary>Diagnostics as the user's shell names files: relative to the working directory when inside it.</summary>
internal static class DiagnosticText
{
    /// <summary>The diagnostic with its file relative to the working directory (absolute when outside it).</summary>
    public static string Relative(HostContext context, Diagnostic diagnostic)
    {
        if (diagnostic.Location is not { } location || !Path.IsPathRooted(location.File))
        {
            return diagnostic.ToString();
        }

        var relative = Path.GetRelativePath(context.WorkingDirectory, location.File);
        return (diagnostic with { Location = location with { File = relative.StartsWith("..", StringComparison.Ordinal) ? location.File : relative } }).ToString();
    }

    /// <summary>The repository holding <paramref name="directory"/>, so reports name files as the repository does.</summary>
    public static string? RepositoryRoot(string directory)
    {
        try
        {
            return GitCli.RunText(directory, "rev-parse", "--show-toplevel");
        }
        catch (WorkflowException)
        {
            return null;
        }
    }
}
