using System.CommandLine;
using Governance.Cli.Ledger;

namespace Governance.Cli.Commands.Shared;

/// <summary>The keys of a record a person signs: <c>--key</c> or <c>--ssh-key</c> for the statement, <c>--recorder-key</c> for the commit.</summary>
internal sealed class SignerOptionSet
{
    /// <summary><c>--key</c>: the person's PEM key.</summary>
    public Option<string?> Key { get; } = RecordCommand.PersonKeyOption(required: false);

    /// <summary><c>--ssh-key</c>: the person's Ed25519 SSH key, signing through ssh-keygen.</summary>
    public Option<string?> SshKey { get; } = RecordCommand.SshKeyOption();

    /// <summary><c>--recorder-key</c>: writes the ledger commit.</summary>
    public Option<string?> RecorderKey { get; } = RecordCommand.RecorderKeyOption();

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
