using System.CommandLine;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Shared;

/// <summary>The keys of a record a person signs: <c>--key</c> or <c>--ssh-key</c> for the statement, <c>--recorder-key</c> for the commit.</summary>
internal sealed class SignerOptionSet
{
    /// <summary><c>--key</c>: the person's PEM key.</summary>
    public Option<string?> Key { get; } = KeyOptions.Person(required: false);

    /// <summary><c>--ssh-key</c>: the person's Ed25519 SSH key, signing through ssh-keygen.</summary>
    public Option<string?> SshKey { get; } = KeyOptions.Ssh();

    /// <summary><c>--recorder-key</c>: writes the ledger commit.</summary>
    public Option<string?> RecorderKey { get; } = KeyOptions.RecorderKey();

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Key);
        command.Options.Add(SshKey);
        command.Options.Add(RecorderKey);
    }

    /// <summary>The parsed keys.</summary>
    public SignerKeys Read(ParseResult parse) => new(parse.GetValue(Key), parse.GetValue(SshKey), parse.GetValue(RecorderKey));
}
