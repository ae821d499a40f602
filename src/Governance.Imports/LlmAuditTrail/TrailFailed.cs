namespace Governance.Imports.LlmAuditTrail;

/// <summary>The first problem found; verification stops there, as the reference verifier does.</summary>
/// <param name="LineNumber">1-based line of the trail file (blank lines count), or the last line for <see cref="TrailFailureKind.Truncated"/>.</param>
/// <param name="Column">1-based column for malformed JSON, else <c>null</c>.</param>
/// <param name="Kind">The category, for exit codes and tests.</param>
/// <param name="Reason">A sentence for people: what is wrong and what it means.</param>
public sealed record TrailFailed(int LineNumber, int? Column, TrailFailureKind Kind, string Reason) : TrailVerificationResult
{
    /// <inheritdoc />
    public override bool IsIntact => false;

    /// <summary><c>line:col: reason</c> (or <c>line: reason</c>), the CLI's error format.</summary>
    public override string ToString() =>
        Column is { } column ? $"{LineNumber}:{column}: {Reason}" : $"{LineNumber}: {Reason}";
}
