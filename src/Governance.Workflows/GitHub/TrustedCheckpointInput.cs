using Governance.Workflows.Hosting;
using System.Text;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The <c>trusted-checkpoint</c> input (<c>GOVERNANCE_TRUSTED_CHECKPOINT</c>): either the checkpoint text itself (several
/// lines, as a repository variable holds it) or the path of a file holding it (one line, relative to the workspace).
/// </summary>
internal static class TrustedCheckpointInput
{
    /// <summary>The checkpoint text and where it came from, or nulls when the input is empty.</summary>
    public static (string? Text, string? Source) Read(HostContext context, string workspace, string? value)
    {
        if (value is null)
        {
            return (null, null);
        }

        // A C2SP checkpoint note is at least origin, size, root, a blank line and a signature: always several lines.
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            var text = value.Replace("\r\n", "\n", StringComparison.Ordinal);
            return (text.EndsWith('\n') ? text : text + "\n", "the trusted-checkpoint input");
        }

        var path = Path.GetFullPath(value, workspace);
        return File.Exists(path)
            ? (Encoding.UTF8.GetString(InputFiles.Read(context, path, "checkpoint")), value)
            : throw new WorkflowException($"input trusted-checkpoint: {value}: no such file (give the checkpoint text, e.g. from a repository variable, or a path to it)");
    }
}
