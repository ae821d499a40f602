namespace Governance.Expressions;

/// <summary>Thrown when a policy set's expressions do not compile or use symbols outside the allow-list.</summary>
public sealed class ExpressionCompilationException : Exception
{
    /// <summary>Creates the exception with its diagnostics.</summary>
    public ExpressionCompilationException(IReadOnlyList<ExpressionDiagnostic> diagnostics)
        : base(Describe(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Creates the exception with no diagnostics.</summary>
    public ExpressionCompilationException() : this([])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ExpressionCompilationException(string message) : base(message) => Diagnostics = [];

    /// <summary>Creates the exception with a message and cause.</summary>
    public ExpressionCompilationException(string message, Exception innerException) : base(message, innerException) => Diagnostics = [];

    /// <summary>Every rejected expression occurrence, with location and reason.</summary>
    public IReadOnlyList<ExpressionDiagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<ExpressionDiagnostic> diagnostics) =>
        diagnostics.Count == 0 ? "invalid policy expressions"
            : $"{diagnostics.Count} invalid policy expression(s):{System.Environment.NewLine}"
              + string.Join(System.Environment.NewLine, diagnostics.Select(d => "  " + d));
}
