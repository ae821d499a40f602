using Governance.Core.Policies;

namespace Governance.Expressions;

/// <summary>Why an expression was rejected, at the policy file's line and column of the offending token.</summary>
/// <param name="Location">The policy file, line and column.</param>
/// <param name="Message">The reason, e.g. <c>'System.IO.File' is not allowed in policy expressions: file system access</c>.</param>
public sealed record ExpressionDiagnostic(SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
