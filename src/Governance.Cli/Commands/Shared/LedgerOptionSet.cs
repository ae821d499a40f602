using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Workflows.Recording;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Shared;

/// <summary>The options every ledger command shares: <c>--repo</c>, <c>--trust-ref</c>, <c>--allowed-signers</c>, <c>--principals</c>.</summary>
internal sealed class LedgerOptionSet
{
    /// <summary>The repository holding the ledger.</summary>
    public Option<string?> Repo { get; } = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };

    /// <summary>The trusted ref.</summary>
    public Option<string?> TrustRef { get; } = new("--trust-ref") { Description = "Ref whose .governance/allowed_signers and principals.yaml are trusted (default: origin's default branch, else HEAD)" };

    /// <summary>An explicit allowed_signers file.</summary>
    public Option<string?> AllowedSigners { get; } = new("--allowed-signers") { Description = "Trusted signers file (OpenSSH allowed_signers format) instead of the trusted ref's" };

    /// <summary>An explicit principals file.</summary>
    public Option<string?> Principals { get; } = new("--principals") { Description = "Principal-to-team file (principals.yaml) instead of the trusted ref's" };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Repo);
        command.Options.Add(TrustRef);
        command.Options.Add(AllowedSigners);
        command.Options.Add(Principals);
    }

    /// <summary>The parsed values, as the user gave them (resolved when a workflow needs the ledger).</summary>
    public LedgerLocation Location(ParseResult parse) =>
        new(parse.GetValue(Repo), parse.GetValue(TrustRef), parse.GetValue(AllowedSigners), parse.GetValue(Principals));

    /// <summary>Reads the parsed values and resolves them (the repository must exist).</summary>
    public LedgerTarget Read(HostContext context, ParseResult parse) => Location(parse).Resolve(context);
}
