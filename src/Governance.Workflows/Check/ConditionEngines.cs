using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Expressions;
using Governance.Policies.Diagnostics;

namespace Governance.Workflows.Check;

/// <summary>Creates the C# condition engine; only called when a policy has conditions, so Roslyn loads only then.</summary>
internal static class ConditionEngines
{
    /// <summary>Compiles (or loads from the disk cache) every condition of the policy set; invalid or disallowed code exits 2.</summary>
    public static IConditionEngine Create(IReadOnlyList<Policy> policies)
    {
        try
        {
            return RoslynConditionEngine.Create(policies);
        }
        catch (ExpressionCompilationException ex)
        {
            throw new DiagnosticsException(ToDiagnostics(ex.Diagnostics));
        }
    }

    /// <summary>The engine for a policy set, or null when none of its policies has conditions (Roslyn then never loads).</summary>
    public static IConditionEngine? CreateIfNeeded(IReadOnlyList<Policy> policies) =>
        policies.Any(p => p.HasExpressions) ? Create(policies) : null;

    /// <summary>Type-checks every condition without running it (lint).</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<Policy> policies) => ToDiagnostics(ExpressionChecker.Check(policies));

    /// <summary>Compiles the conditions into the cache ahead of time; returns the cache path, or empty when there are none.</summary>
    public static string Build(IReadOnlyList<Policy> policies)
    {
        try
        {
            return ExpressionPrecompiler.Build(policies);
        }
        catch (ExpressionCompilationException ex)
        {
            throw new DiagnosticsException(ToDiagnostics(ex.Diagnostics));
        }
    }

    private static List<Diagnostic> ToDiagnostics(IReadOnlyList<ExpressionDiagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new Diagnostic(d.Location, d.Message))];
}
