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
public static class RecordCommand
{
    /// <summary>Builds the command with one subcommand per record kind plus <c>entry &lt;type&gt;</c>.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> key = KeyOption();
        Option<string?> fromEvidence = new("--from-evidence") { Description = "Record every item of an evidence file (approvals and waivers as recorded on the person's behalf)" };
        var command = new Command("record", "Append signed lifecycle events to the audit ledger") { fromEvidence, key };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(fromEvidence) ?? throw new CliException("give a kind (govern record dataset|training|evaluation|…) or --from-evidence <file>; see 'govern record --help'");
            var evidence = PolicySource.Require(EvidenceLoader.Parse(file, InputFiles.Read(context, file, "evidence")));
            using var session = LedgerSession.Open(context, ledger.Read(context, parse), parse.GetValue(key));
            var drafts = EvidenceDrafts.From(evidence, session.Actor, (type, subject, payload) => EnvelopeFactory.For(type, subject, payload, session.Key));
            Print(context, session.Append([.. drafts.Select(d => d.Draft)]));
            return ExitCodes.Allow;
        });
        foreach (var kind in RecordKinds.All())
        {
            command.Subcommands.Add(Kind(context, kind.Name, kind.Type, kind.Description, kind.Fields));
        }

        command.Subcommands.Add(Kind(context, "entry", null, "Append an entry of any type with a JSON payload (e.g. policy.changed/v1)", null));
        return command;
    }

    /// <summary>The <c>--key</c> option every writing command takes.</summary>
    public static Option<string?> KeyOption() => new("--key") { Description = "Recorder key (PKCS#8 PEM); its principal must be in the trusted allowed_signers" };

    /// <summary>Prints one line per appended entry.</summary>
    public static void Print(CliContext context, IEnumerable<AppendedEntry> appended)
    {
        foreach (var entry in appended)
        {
            context.Output.WriteLine($"recorded seq {entry.Entry.Seq} {entry.Entry.Type} (commit {entry.CommitId[..12]})");
        }
    }

    private static Command Kind(CliContext context, string name, string? type, string description, IRecordFields? fields)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> key = KeyOption();
        Option<string?> payload = new("--payload") { Description = "The payload as a JSON object (typed options override its members)" };
        Option<string?> model = new("--model") { Description = "Subject model name" };
        Option<string?> digest = new("--digest") { Description = "Subject model digest (sha256:…)" };
        Option<string?> dataset = new("--dataset") { Description = "Subject dataset id" };
        Option<string?> commit = new("--commit") { Description = "Subject commit" };
        Argument<string> typeArgument = new("type") { Description = "Entry type, e.g. policy.changed/v1" };
        var command = new Command(name, description) { payload, model, digest, dataset, commit, key };
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
            using var session = LedgerSession.Open(context, ledger.Read(context, parse), parse.GetValue(key));
            var draft = new EntryDraft(entryType, session.Actor, subject, body, EnvelopeFactory.For(entryType, subject, body, session.Key));
            Print(context, session.Append([draft]));
            return ExitCodes.Allow;
        });
        return command;
    }

    private static string Normalize(string type)
    {
        var full = type.Contains('/', StringComparison.Ordinal) ? type : type + "/v1";
        return EntryTypes.All.Contains(full, StringComparer.Ordinal) ? full
            : throw new CliException($"unknown entry type '{type}'; known: {Format.List(EntryTypes.All)}");
    }

    private static JsonObject ParsePayload(string? text)
    {
        if (text is null)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new CliException("--payload: expected a JSON object");
        }
        catch (JsonException ex)
        {
            throw new CliException($"--payload: invalid JSON at {ex.LineNumber + 1}:{ex.BytePositionInLine + 1}: {ex.Message.Split('.')[0]}");
        }
    }
}
