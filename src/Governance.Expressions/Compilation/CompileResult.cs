namespace Governance.Expressions.Compilation;

/// <summary>The emitted assembly, or why the policy set's expressions were rejected.</summary>
internal sealed record CompileResult(byte[]? Image, IReadOnlyList<ExpressionDiagnostic> Diagnostics);
