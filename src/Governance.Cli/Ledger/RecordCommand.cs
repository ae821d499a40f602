using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.Core.Evaluation;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;
using Governance.Policies.Evidence;

namespace Governance.Cli.Ledger;

/// <summary><c>govern record</c>: append lifecycle events to the ledger, signed by the recorder key; prints the new seqs.</summary>
internal static class RecordCommand
{
    /// <summary>Builds the command with one subcommand per record kind plus <c>entry &lt;type&gt;</c>.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> key = KeyOption();
        Option<string?> fromEvidence = new("--from-evidence") { Description = "Record every item of an evidence file (approvals and waivers as recorded on the person's behalf)" };
        var command = new Command("record", "Append signed lifecycle events to the audit ledger") { fromEvidence, key };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(fromEvidence) ?? throw new WorkflowException("give a kind (govern record dataset|training|evaluation|…) or --from-evidence <file>; see 'govern record --help'");
            var evidence = PolicySource.Require(EvidenceLoader.Parse(file, InputFiles.Read(context, file, "evidence")));
            using var session = LedgerSession.Open(context, ledger.Read(context, parse), parse.GetValue(key));
            // Items of an evidence file are relayed (recordedFrom: file): no person signed them, so they carry no envelope.
            var drafts = EvidenceDrafts.From(evidence, session.Actor, (_, _, _) => null);
            Print(context, session.Append([.. drafts.Select(d => d.Draft)]));
            return ExitCodes.Allow;
        });
        foreach (var kind in RecordKinds.All())
        {
            command.Subcommands.Add(Kind(context, kind.Name, kind.Type, kind.Description, kind.Fields));
        }

        command.Subcommands.Add(RetractCommand.Create(context));
        command.Subcommands.Add(Kind(context, "entry", null, "Append an entry of any type with a JSON payload (e.g. policy.changed/v1)", null));
        return command;
    }

    /// <summary>The <c>--key</c> option every writing command takes.</summary>
    public static Option<string?> KeyOption() => new("--key") { Description = "Recorder key (PKCS#8 PEM); its principal must be a recorder (principals.yaml) in the trusted allowed_signers" };

    /// <summary>The <c>--key</c> of commands a person signs (approve, waive, attestations).</summary>
    public static Option<string?> PersonKeyOption(bool required = true) => new("--key") { Description = "Your key (PKCS#8 PEM): signs the statement; its principal is the one the record counts for", Required = required };

    /// <summary>The <c>--ssh-key</c> option: a person signs with their own SSH key through ssh-keygen instead of <c>--key</c>.</summary>
    public static Option<string?> SshKeyOption() => new("--ssh-key") { Description = "Your Ed25519 SSH key instead of --key: a private key file, or its .pub when the key is in ssh-agent (signs via ssh-keygen -Y sign)" };

    /// <summary>The <c>--recorder-key</c> that writes the ledger commit for a person's statement.</summary>
    public static Option<string?> RecorderKeyOption() => new("--recorder-key") { Description = "Recorder key that writes the ledger commit (default: $GOVERN_RECORDER_KEY; not needed when --key is itself a recorder allowed to sign statements)" };

    /// <summary>Prints one line per appended entry.</summary>
    public static void Print(HostContext context, IEnumerable<AppendedEntry> appended)
    {
        foreach (var entry in appended)
        {
            context.Output.WriteLine($"recorded seq {entry.Entry.Seq} {entry.Entry.Type} (commit {entry.CommitId[..12]})");
        }
    }

    private static Command Kind(HostContext context, string name, string? type, string description, IRecordFields? fields)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> key = KeyOption();
        Option<string?> recorderKey = RecorderKeyOption();
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
        fields?.AddTo(command);
        command.SetAction(parse =>
        {
            var entryType = type ?? Normalize(parse.GetRequiredValue(typeArgument));
            var body = ParsePayload(parse.GetValue(payload));
            fields?.Fill(parse, body);
            var subject = new EntrySubject(parse.GetValue(model), parse.GetValue(digest), parse.GetValue(dataset), null, parse.GetValue(commit));
            // A person-made record is signed by --key's person and written by the recorder key; anything else by the recorder.
            var personal = EntryTypes.RequiresEnvelope(entryType, body["recordedFrom"] is not null);
            using var session = personal
                ? LedgerSession.OpenForPerson(context, ledger.Read(context, parse), parse.GetValue(key), parse.GetValue(recorderKey))
                : LedgerSession.Open(context, ledger.Read(context, parse), parse.GetValue(key));
            var envelope = personal ? session.Person!.Sign(entryType, subject, body, context.Time.GetUtcNow()) : null;
            RecordPreflight.Check(session, entryType, body);
            Print(context, session.Append([new EntryDraft(entryType, session.Actor, subject, body, envelope)]));
            return ExitCodes.Allow;
        });
        return command;
    }

    private static string Normalize(string type)
    {
        var full = type.Contains('/', StringComparison.Ordinal) ? type : type + "/v1";
        return EntryTypes.All.Contains(full, StringComparer.Ordinal) ? full
            : throw new WorkflowException($"unknown entry type '{type}'; known: {Format.List(EntryTypes.All)}");
    }

    private static JsonObject ParsePayload(string? text)
    {
        if (text is null)
        {
            return [];
        }

        try
        {
            var parsed = JsonNode.Parse(text) as JsonObject ?? throw new WorkflowException("--payload: expected a JSON object");
            return RecordPreflight.RequireFaithful(text, parsed);
        }
        catch (JsonException ex)
        {
            throw new WorkflowException($"--payload: invalid JSON at {ex.LineNumber + 1}:{ex.BytePositionInLine + 1}: {ex.Message.Split('.')[0]}");
        }
    }
}
