using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.Core.Durations;
using Governance.Core.Policies;

namespace Governance.Cli.Authoring;

/// <summary><c>govern policy explain &lt;path&gt;</c>: what a policy demands, in plain sentences.</summary>
internal static class PolicyExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Argument<string[]> paths = new("paths") { Description = "Policy files or directories", Arity = ArgumentArity.OneOrMore };
        var command = new Command("explain", "Say in plain sentences what each policy demands") { paths };
        command.SetAction(parse =>
        {
            foreach (var policy in PolicySource.Load(context, parse.GetRequiredValue(paths), null, context.WorkingDirectory))
            {
                Write(context.Output, policy);
            }

            return ExitCodes.Allow;
        });
        return command;
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
