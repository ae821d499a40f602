using Governance.Cli.Commands.Shared;
using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Reporting.Decisions;

namespace Governance.Cli.Commands.Check;

/// <summary><c>govern check</c>: evaluate policies for a model digest and environment; exit 0 allow, 1 deny, 2 no decision.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var check = new CheckOptionSet("Read policies from this trusted git ref (e.g. origin/main), never from the change being gated");
        Option<string> environment = new("--environment", "-e") { Description = "Target environment", Required = true };
        Option<string?> commit = new("--commit") { Description = "Commit being deployed or reviewed (default: the evidence context's)" };
        Option<string> format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Reporters.Names);
        Option<string?> output = new("--output", "-o") { Description = "Also write the report to this file" };
        Option<bool> explain = new("--explain") { Description = "Show operand values and every item considered" };
        Option<bool> requirePolicy = new("--require-policy") { Description = "Exit 2 when no policy applies (default true)", DefaultValueFactory = _ => true };
        Option<bool> requireSigned = new("--require-signed") { Description = "Refuse unsigned evidence for enforced rules" };
        Option<bool> gitHub = new("--github") { Description = "Also count pull-request approvals from GitHub (token in GOVERNANCE_GITHUB_TOKEN or GITHUB_TOKEN; event from GITHUB_EVENT_PATH)" };
        Option<bool> pullRequest = new("--pull-request") { Description = "Pull-request mode (implies --github): set governance/<policy> commit statuses and update one PR comment" };
        Option<string?> trustedCheckpoint = new("--trusted-checkpoint") { Description = "A checkpoint saved earlier (govern audit checkpoint): a ledger rolled back or rewritten behind it is an error (exit 2)" };
        Option<string?> author = new("--author") { Description = "The change's author (GitHub login or principal): their approvals never count; overrides evidence files and GitHub" };
        Option<string?> deployer = new("--deployer") { Description = "The deployer (GitHub login or principal): their approvals never count; overrides evidence files and GitHub" };
        Option<bool> failOnDeny = new("--fail-on-deny") { Description = "Exit 1 on deny (default true); false exits 0 and leaves the verdict to the output", DefaultValueFactory = _ => true };

        var command = new Command("check", "Evaluate policies for a model deployment: exit 0 allow, 1 deny, 2 no decision")
        {
            check.Policy, check.PolicyRef, check.Model, check.Digest, environment, commit, check.Evidence, check.Repo, check.Key, format, output, explain,
            check.NoRecord, requirePolicy, requireSigned, gitHub, pullRequest, failOnDeny, trustedCheckpoint, author, deployer,
        };
        var trust = new LedgerOptionSet();
        command.Options.Add(trust.TrustRef);
        command.Options.Add(trust.AllowedSigners);
        command.Options.Add(trust.Principals);
        command.SetAction((parse, cancellationToken) => new CheckHandler(context).HandleAsync(check.Read(parse, parse.GetRequiredValue(environment)) with
        {
            Commit = parse.GetValue(commit),
            Format = parse.GetValue(format) ?? "text",
            OutputFile = parse.GetValue(output),
            Explain = parse.GetValue(explain),
            RequirePolicy = parse.GetValue(requirePolicy),
            RequireSigned = parse.GetValue(requireSigned),
            GitHub = parse.GetValue(gitHub) || parse.GetValue(pullRequest),
            PullRequest = parse.GetValue(pullRequest),
            FailOnDeny = parse.GetValue(failOnDeny),
            TrustRef = parse.GetValue(trust.TrustRef),
            AllowedSigners = parse.GetValue(trust.AllowedSigners) is { } signers ? context.Resolve(signers) : null,
            Principals = parse.GetValue(trust.Principals) is { } principals ? context.Resolve(principals) : null,
            TrustedCheckpoint = parse.GetValue(trustedCheckpoint) is { } checkpoint ? System.Text.Encoding.UTF8.GetString(InputFiles.Read(context, checkpoint, "checkpoint")) : null,
            TrustedCheckpointSource = parse.GetValue(trustedCheckpoint),
            Author = NonEmpty(parse.GetValue(author), "--author"),
            Deployer = NonEmpty(parse.GetValue(deployer), "--deployer"),
        }, cancellationToken));
        return command;
    }

    private static string? NonEmpty(string? value, string option) =>
        value is null ? null : value.Trim() is { Length: > 0 } text ? text : throw new WorkflowException($"{option}: empty name");
}
