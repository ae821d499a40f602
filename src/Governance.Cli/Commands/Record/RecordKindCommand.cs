using System.CommandLine;
using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Record;

/// <summary><c>govern record &lt;kind&gt;</c> (and <c>record entry &lt;type&gt;</c>): one entry from <c>--payload</c>, the kind's typed options and the subject options.</summary>
internal static class RecordKindCommand
{
    /// <summary>Builds the subcommand; <paramref name="type"/> null means the type is its argument (<c>entry</c>).</summary>
    public static Command Create(HostContext context, string name, string? type, string description, FieldSet? fields)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> key = KeyOptions.Recorder();
        Option<string?> recorderKey = KeyOptions.RecorderKey();
        Option<string?> payload = new("--payload") { Description = "The payload as a JSON object (typed options override its members)" };
        Option<string?> model = new("--model") { Description = "Subject model name" };
        Option<string?> digest = new("--digest") { Description = "Subject model digest (sha256:…)" };
        Option<string?> dataset = new("--dataset") { Description = "Subject dataset id" };
        Option<string?> commit = new("--commit") { Description = "Subject commit" };
        Argument<string> typeArgument = new("type") { Description = "Entry type, e.g. policy.changed/v1" };
        var command = new Command(name, description) { payload, model, digest, dataset, commit, key, recorderKey };
        if (type is null)
        {
            command.Arguments.Add(typeArgument);
        }

        ledger.AddTo(command);
        if (fields is not null)
        {
            FieldOptions.AddTo(command, fields);
        }

        command.SetAction((parse, cancellationToken) => new RecordHandler(context).HandleKindAsync(
            new RecordHandler.KindOptions(
                ledger.Location(parse),
                new SignerKeys(parse.GetValue(key), RecorderKey: parse.GetValue(recorderKey)),
                type ?? RecordPayload.TypeName(parse.GetRequiredValue(typeArgument)),
                parse.GetValue(payload),
                new(parse.GetValue(model), parse.GetValue(digest), parse.GetValue(dataset), Commit: parse.GetValue(commit)),
                fields,
                new FieldOptions(parse)),
            cancellationToken));
        return command;
    }
}
