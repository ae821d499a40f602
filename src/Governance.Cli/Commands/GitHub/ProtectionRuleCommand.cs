using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Cli.Commands.Check;

namespace Governance.Cli.Commands.GitHub;

/// <summary><c>govern github protection-rule</c>: answer a deployment protection rule with the check's verdict.</summary>
internal static class ProtectionRuleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var check = new CheckOptionSet("Read policies from this trusted git ref (e.g. origin/main)");
        Option<string?> eventFile = new("--event") { Description = "The webhook payload file (default: GITHUB_EVENT_PATH)" };
        var command = new Command("protection-rule", "Answer a deployment_protection_rule event: approve on allow, reject on deny (needs the GitHub App's installation token in GITHUB_TOKEN)")
        {
            check.Policy, check.PolicyRef, check.Model, check.Digest, check.Evidence, eventFile, check.Repo, check.Key, check.NoRecord,
        };
        command.SetAction((parse, cancellationToken) =>
            new ProtectionRuleHandler(context).HandleAsync(check.Read(parse, environment: ""), parse.GetValue(eventFile), cancellationToken));
        return command;
    }
}
