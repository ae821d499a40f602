namespace Governance.Policies.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is invalid: no decision can be made from it (exit code 2).</summary>
    Error,

    /// <summary>The input is valid but probably not what the author meant.</summary>
    Warning,
}
