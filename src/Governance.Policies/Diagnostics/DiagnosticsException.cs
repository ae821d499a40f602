namespace Governance.Policies.Diagnostics;

/// <summary>Input was invalid: the diagnostics say where and why (a host prints each as <c>file:line:col: message</c> and reports no decision).</summary>
public sealed class DiagnosticsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiagnosticsException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Creates an exception with no diagnostics.</summary>
    public DiagnosticsException()
        : this([]) { }

    /// <summary>Creates an exception with one message.</summary>
    public DiagnosticsException(string message)
        : this([new Diagnostic(null, message)]) { }

    /// <summary>Creates an exception with one message and a cause.</summary>
    public DiagnosticsException(string message, Exception inner)
        : base(message, inner) => Diagnostics = [new Diagnostic(null, message)];

    /// <summary>What was wrong, with locations.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
