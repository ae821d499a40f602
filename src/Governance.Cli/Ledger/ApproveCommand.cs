using System.CommandLine;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Core.Subjects;
using Governance.Ledger.Entries;

namespace Governance.Cli.Ledger;

/// <summary><c>govern approve</c>: a DSSE-signed approval of an exact model digest by the key's principal.</summary>
internal static class ApproveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> model = new("--model") { Description = "Model name", Required = true };
        Option<string> digest = new("--digest") { Description = "The exact model digest approved (sha256:…)", Required = true };
        Option<string?> reason = new("--reason") { Description = "Why" };
        Option<string?> commit = new("--commit") { Description = "The commit the approval is for, if any" };
        Option<bool> revoke = new("--revoke") { Description = "Revoke your earlier approval of this digest instead" };
        var key = RecordCommand.PersonKeyOption(required: false);
        var sshKey = RecordCommand.SshKeyOption();
        var recorderKey = RecordCommand.RecorderKeyOption();
        var command = new Command("approve", "Sign an approval of a model digest with your key (counts for your principal only)") { model, digest, reason, commit, revoke, key, sshKey, recorderKey };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var d = OptionValues.Digest("--digest", parse.GetRequiredValue(digest));
            using var session = LedgerSession.OpenForPerson(context, ledger.Read(context, parse), parse.GetValue(key), parse.GetValue(recorderKey), parse.GetValue(sshKey));
            var person = session.Person!;
            var payload = new JsonObject { ["approver"] = person.Principal, ["digest"] = d.Value, ["model"] = parse.GetRequiredValue(model) };
            if (parse.GetValue(reason) is { } why)
            {
                payload["reason"] = why;
            }

            if (parse.GetValue(commit) is { } c)
            {
                payload["commit"] = c;
            }

            var type = parse.GetValue(revoke) ? EntryTypes.ApprovalRevoked : EntryTypes.ApprovalGranted;
            var subject = new EntrySubject(parse.GetRequiredValue(model), d.Value, Commit: parse.GetValue(commit));
            RecordCommand.Print(context, session.Append([new EntryDraft(type, session.Actor, subject, payload, person.Sign(type, subject, payload, context.Time.GetUtcNow()))]));
            return ExitCodes.Allow;
        });
        return command;
    }
}
