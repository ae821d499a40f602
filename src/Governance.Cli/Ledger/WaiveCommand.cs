using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Core.Evaluation;
using Governance.Ledger.Entries;

namespace Governance.Cli.Ledger;

/// <summary><c>govern waive</c>: a DSSE-signed, time-boxed waiver of named rules (or <c>source:&lt;dataset&gt;</c>) for one digest.</summary>
internal static class WaiveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> rules = new("--rules") { Description = "Comma-separated rule ids, or source:<dataset-id>", Required = true };
        Option<string> digest = new("--digest") { Description = "The model digest the waiver is scoped to", Required = true };
        Option<string> expires = new("--expires") { Description = "When it stops applying (RFC 3339, e.g. 2026-12-01T00:00:00Z)", Required = true };
        Option<string> reason = new("--reason") { Description = "Why the risk is accepted", Required = true };
        Option<string?> model = new("--model") { Description = "Model name" };
        var key = RecordCommand.PersonKeyOption(required: false);
        var sshKey = RecordCommand.SshKeyOption();
        var recorderKey = RecordCommand.RecorderKeyOption();
        var command = new Command("waive", "Grant a time-boxed waiver signed with your key (must be a waiver approver of the policy)") { rules, digest, expires, reason, model, key, sshKey, recorderKey };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var d = OptionValues.Digest("--digest", parse.GetRequiredValue(digest));
            if (!DateTimeOffset.TryParse(parse.GetRequiredValue(expires), CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
            {
                throw new CliException($"--expires: '{parse.GetRequiredValue(expires)}' is not an RFC 3339 time");
            }

            var ids = parse.GetRequiredValue(rules).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.Length == 0)
            {
                throw new CliException("--rules: name at least one rule id");
            }

            var now = context.Time.GetUtcNow();
            if (until <= now)
            {
                throw new CliException($"--expires: {Format.Time(until)} is already past");
            }

            using var session = LedgerSession.OpenForPerson(context, ledger.Read(context, parse), parse.GetValue(key), parse.GetValue(recorderKey), parse.GetValue(sshKey));
            var person = session.Person!;
            var payload = new JsonObject
            {
                ["rules"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]),
                ["digest"] = d.Value,
                ["approver"] = person.Principal,
                ["reason"] = parse.GetRequiredValue(reason),
                ["granted"] = Format.Time(now),
                ["expires"] = Format.Time(until),
            };
            if (parse.GetValue(model) is { } m)
            {
                payload["model"] = m;
            }

            var subject = new EntrySubject(parse.GetValue(model), d.Value);
            RecordCommand.Print(context, session.Append([new EntryDraft(EntryTypes.WaiverGranted, session.Actor, subject, payload, person.Sign(EntryTypes.WaiverGranted, subject, payload, now))]));
            return ExitCodes.Allow;
        });
        return command;
    }
}
