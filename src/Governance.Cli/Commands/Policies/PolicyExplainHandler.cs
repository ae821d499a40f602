using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Core.Durations;
using Governance.Core.Policies;
using Governance.Reporting.Rules;

namespace Governance.Cli.Commands.Policies;

/// <summary><c>govern policy explain &lt;path&gt;</c>: what a policy demands, in plain sentences.</summary>
internal sealed class PolicyExplainHandler(HostContext context)
{
    /// <summary>Explains each policy under <paramref name="paths"/>.</summary>
    public Task<int> HandleAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        foreach (var policy in PolicySource.Load(context, paths, null, context.WorkingDirectory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(context.Output, policy);
        }

        return Task.FromResult(ExitCodes.Allow);
    }

    private static void Write(TextWriter output, Policy policy)
    {
        output.WriteLine($"{policy.Name} ({policy.Path}){(policy.Metadata.Description is { } d ? $": {d}" : "")}");
        var environments = policy.AppliesTo.Environments is { } e ? $"environments {string.Join(", ", e)}" : "any environment";
        var models = policy.AppliesTo.Models is { } m ? $"models {string.Join(", ", m)}" : "any model";
        output.WriteLine($"  applies to {environments}; {models}");
        foreach (var rule in policy.Rules)
        {
            output.WriteLine($"  - {rule.Id} ({(rule.Mode == RuleMode.Enforce ? "blocks" : "audit only")}): {RuleDescriber.Describe(rule)}");
        }

        output.WriteLine(policy.Waivers is { } w
            ? $"  waivers: granted by {w.Approvers.Describe()}, for at most {DurationText.Format(w.MaxDuration)}"
            : "  waivers: not allowed");
    }
}
