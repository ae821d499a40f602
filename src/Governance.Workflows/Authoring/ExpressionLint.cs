using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using Governance.Policies.Loading;

namespace Governance.Workflows.Authoring;

/// <summary>Type-checks C# conditions during lint; loads Roslyn only when a linted policy has conditions.</summary>
public static class ExpressionLint
{
    /// <summary>Diagnostics for the C# conditions in the given policy files (files that fail to load are reported by the linter).</summary>
    public static IReadOnlyList<Diagnostic> Check(HostContext context, IReadOnlyList<string> files)
    {
        var policies = new List<Policy>();
        foreach (var file in files)
        {
            var result = PolicyLoader.Parse(file, InputFiles.Read(context, file, "policy"));
            if (result.Succeeded && result.Value!.HasExpressions)
            {
                policies.Add(result.Value);
            }
        }

        return policies.Count == 0 ? [] : ConditionEngines.Check(policies);
    }
}
