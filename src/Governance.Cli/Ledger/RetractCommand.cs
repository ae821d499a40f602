using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Events.Projection;
using Governance.Ledger.Entries;
using Governance.Ledger.Evidence;

namespace Governance.Cli.Ledger;

/// <summary>
/// <c>govern record retract --seq N --reason TEXT --key PEM</c>: a signed correction. The entry at N stays in the
/// trail; lineage, evidence and reports stop counting it. A recorder may retract any entry; a person only an entry
/// whose statement they signed (their statement then binds the retraction).
/// </summary>
internal static class RetractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<long> seq = new("--seq") { Description = "The entry to retract", Required = true };
        Option<string> reason = new("--reason") { Description = "Why it was wrong", Required = true };
        var key = RecordCommand.KeyOption();
        key.Required = true;
        var recorderKey = RecordCommand.RecorderKeyOption();
        var command = new Command("retract", "Retract a mistaken entry: it stays in the trail but stops counting") { seq, reason, key, recorderKey };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(seq);
            var why = parse.GetRequiredValue(reason);
            if (why.Trim().Length == 0)
            {
                throw new WorkflowException("--reason: say why the entry is retracted");
            }

            using var session = LedgerSession.OpenEither(context, ledger.Read(context, parse), parse.GetValue(key), parse.GetValue(recorderKey));
            var original = session.Store.ReadAll().FirstOrDefault(e => e.Entry.Seq == target)
                ?? throw new WorkflowException($"--seq: the ledger has no entry {target}");
            if (session.Person is { } person && EntrySigners.StatementSigner(original, session.Trust.Signers) != person.Principal)
            {
                throw new WorkflowException($"--key: {person.Principal} did not sign entry {target}; only its signer or a recorder may retract it");
            }

            if (session.Person is null && RetractionRule.OnlySignerRetracts(original.Entry.Type) && EntrySigners.StatementSigner(original, session.Trust.Signers) is { } signer)
            {
                throw new WorkflowException($"--seq: entry {target} is {signer}'s signed {original.Entry.Type}; only {signer} may retract it (--key with their person key)");
            }

            var payload = new JsonObject { ["seq"] = target, ["entry"] = original.Entry.Digest, ["type"] = original.Entry.Type, ["reason"] = why };
            var s = original.Entry.Subject;
            var subject = new EntrySubject((string?)s["model"], (string?)s["digest"], (string?)s["dataset"], (string?)s["deployment"], (string?)s["commit"]);
            var envelope = session.Person?.Sign(EntryTypes.RecordRetracted, subject, payload, context.Time.GetUtcNow());
            RecordCommand.Print(context, session.Append([new EntryDraft(EntryTypes.RecordRetracted, session.Actor, subject, payload, envelope)]));
            return ExitCodes.Allow;
        });
        return command;
    }
}
