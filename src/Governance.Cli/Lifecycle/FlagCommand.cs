using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Ledger.Entries;

namespace Governance.Cli.Lifecycle;

/// <summary>
/// <c>govern flag</c> and <c>govern unflag</c>: mark a source dataset harmful (models trained on it, however many
/// stages later, are denied by <c>provenance.denyFlaggedSources</c>) or lift that mark. Both are append-only
/// entries, so the ledger keeps when the organisation knew.
/// </summary>
internal static class FlagCommand
{
    /// <summary>Builds <c>govern flag</c>.</summary>
    public static Command Flag(HostContext context) => Create(context, "flag", EntryTypes.DatasetFlagged,
        "Flag a source dataset as harmful: every model downstream of it is denied until waived or re-approved", withSeverity: true);

    /// <summary>Builds <c>govern unflag</c>.</summary>
    public static Command Unflag(HostContext context) => Create(context, "unflag", EntryTypes.DatasetUnflagged,
        "Lift the flag on a dataset (the flag stays in the ledger's history)", withSeverity: false);

    private static Command Create(HostContext context, string name, string type, string description, bool withSeverity)
    {
        var ledger = new LedgerOptionSet();
        Option<string> dataset = new("--dataset") { Description = "The dataset id", Required = true };
        Option<string> reason = new("--reason") { Description = "Why", Required = true };
        Option<string?> digest = new("--content-digest") { Description = "The dataset snapshot's content digest, when one snapshot is meant" };
        Option<string?> severity = new("--severity") { Description = "low, medium, high or critical" };
        severity.AcceptOnlyFromAmong("low", "medium", "high", "critical");
        Option<string[]> references = new("--reference") { Description = "Ticket or document (repeatable)" };
        Option<string?> key = new("--key") { Description = "Recorder key; or a person's key (a data steward), whose signed statement the flag then carries, with --recorder-key" };
        var recorderKey = RecordCommand.RecorderKeyOption();
        var command = new Command(name, description) { dataset, reason, digest, references, key, recorderKey };
        if (withSeverity)
        {
            command.Options.Add(severity);
        }

        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var id = parse.GetRequiredValue(dataset);
            var payload = new JsonObject { ["dataset"] = id, ["reason"] = parse.GetRequiredValue(reason) };
            if (parse.GetValue(digest) is { } d)
            {
                payload["digest"] = FieldSet.ParseDigest("--content-digest", d);
            }

            if (withSeverity && parse.GetValue(severity) is { } s)
            {
                payload["severity"] = s;
            }

            if (parse.GetValue(references) is { Length: > 0 } refs)
            {
                payload["references"] = new JsonArray([.. refs.Select(r => (JsonNode)r)]);
            }

            using var session = LedgerSession.OpenEither(context, ledger.Read(context, parse), parse.GetValue(key), parse.GetValue(recorderKey));
            var subject = new EntrySubject(Dataset: id);
            var envelope = session.Person?.Sign(type, subject, payload, context.Time.GetUtcNow());
            RecordCommand.Print(context, session.Append([new EntryDraft(type, session.Actor, subject, payload, envelope)]));
            return ExitCodes.Allow;
        });
        return command;
    }
}
