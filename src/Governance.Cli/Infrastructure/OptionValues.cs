using Governance.Core.Subjects;

namespace Governance.Cli.Infrastructure;

/// <summary>Parses option values that every command spells the same way, with the same usage errors (exit 2).</summary>
public static class OptionValues
{
    /// <summary>Parses a digest given to <paramref name="option"/>, e.g. <c>--digest</c>.</summary>
    public static Digest Digest(string option, string text) =>
        Core.Subjects.Digest.TryParse(text, out var digest) ? digest : throw new CliException($"{option}: '{text}' is not a digest; expected sha256:<64 hex digits>");
}
