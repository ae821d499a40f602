using Governance.Core.Subjects;

namespace Governance.Workflows.Hosting;

/// <summary>Parses option values that every command spells the same way, with the same usage errors (exit 2).</summary>
internal static class OptionValues
{
    /// <summary>Parses a digest given to <paramref name="option"/>, e.g. <c>--digest</c>.</summary>
    public static Digest Digest(string option, string text) =>
        Core.Subjects.Digest.TryParse(text, out var digest) ? digest : throw new WorkflowException($"{option}: '{text}' is not a digest; expected sha256:<64 hex digits>");

    /// <summary>
    /// Checks a model or environment name given to <paramref name="option"/>: no control characters (a line break in a
    /// name would start a new line in logs, reports and workflow commands). Returns the name.
    /// </summary>
    public static string Name(string option, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                throw new WorkflowException($"{option}: the name contains a control character (U+{(int)c:X4}); names must be printable text");
            }
        }

        return text;
    }
}
