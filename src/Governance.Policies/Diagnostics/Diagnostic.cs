using Governance.Core.Policies;

namespace Governance.Policies.Diagnostics;

/// <summary>A problem found in a policy, evidence or test file, with the location of the offending node.</summary>
/// <param name="Location">Where the problem is; null when it concerns no file.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="Severity">Error (default) or warning.</param>
public sealed record Diagnostic(SourceLocation? Location, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Formats as <c>path:line:col: message</c>, <c>path: message</c> without a line, or <c>message</c> without a path;
    /// warnings read <c>path:line:col: warning: message</c>.
    /// </summary>
    public override string ToString()
    {
        var text = Severity == DiagnosticSeverity.Warning ? "warning: " + Message : Message;
        if (Location is null || Location.File.Length == 0)
        {
            return text;
        }

        return $"{Location}: {text}";
    }
}
