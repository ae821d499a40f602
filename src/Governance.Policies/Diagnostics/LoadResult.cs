namespace Governance.Policies.Diagnostics;

/// <summary>The outcome of loading something: the value, when it could be built, and every diagnostic found.</summary>
/// <typeparam name="T">What was loaded.</typeparam>
/// <param name="Value">The loaded value; null when loading failed.</param>
/// <param name="Diagnostics">Errors and warnings, in file order.</param>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when a value was built and no error was reported.</summary>
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Diagnostics of error severity.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
