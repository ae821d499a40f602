using Governance.Workflows.Check;
using System.CommandLine;

namespace Governance.Cli.Commands.Check;

/// <summary>The options every command that runs a check declares: policies, the model, evidence, the ledger and its key.</summary>
/// <param name="policyRefDescription">The help text of <c>--policy-ref</c> (each command words it for its audience).</param>
internal sealed class CheckOptionSet(string policyRefDescription)
{
    /// <summary><c>--policy</c>.</summary>
    public Option<string[]> Policy { get; } = new("--policy", "-p") { Description = "Policy file or directory (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };

    /// <summary><c>--policy-ref</c>.</summary>
    public Option<string?> PolicyRef { get; } = new("--policy-ref") { Description = policyRefDescription };

    /// <summary><c>--model</c>.</summary>
    public Option<string> Model { get; } = new("--model", "-m") { Description = "Model name", Required = true };

    /// <summary><c>--digest</c>.</summary>
    public Option<string> Digest { get; } = new("--digest", "-d") { Description = "Model digest, sha256:<64 hex>", Required = true };

    /// <summary><c>--evidence</c>.</summary>
    public Option<string[]> Evidence { get; } = new("--evidence") { Description = "Evidence file (repeatable); unsigned", AllowMultipleArgumentsPerToken = true };

    /// <summary><c>--repo</c>.</summary>
    public Option<string?> Repo { get; } = new("--repo") { Description = "Repository holding the audit ledger (default: current directory)" };

    /// <summary><c>--key</c>.</summary>
    public Option<string?> Key { get; } = new("--key") { Description = "Recorder key (PEM) that signs the decision entry" };

    /// <summary><c>--no-record</c>.</summary>
    public Option<bool> NoRecord { get; } = new("--no-record") { Description = "Do not append a decision entry to the ledger" };

    /// <summary>The check these options describe, for <paramref name="environment"/>; commands add what they declare beyond them.</summary>
    public CheckOptions Read(ParseResult parse, string environment) => new()
    {
        Policies = parse.GetRequiredValue(Policy),
        PolicyRef = parse.GetValue(PolicyRef),
        Model = parse.GetRequiredValue(Model),
        Digest = parse.GetRequiredValue(Digest),
        Environment = environment,
        Evidence = parse.GetValue(Evidence) ?? [],
        Repository = parse.GetValue(Repo),
        Key = parse.GetValue(Key),
        NoRecord = parse.GetValue(NoRecord),
    };
}
