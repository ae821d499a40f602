using System.CommandLine;
using System.Text.Json;
using Governance.Cli.Infrastructure;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit show &lt;seq&gt;</c>: one entry in full, with its commit, signer and checkpoint.</summary>
internal static class AuditShowCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Argument<long> seq = new("seq") { Description = "The entry's sequence number (1-based)" };
        var command = new Command("show", "Show one ledger entry in full") { seq };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var target = ledger.Read(context, parse);
            var wanted = parse.GetRequiredValue(seq);
            var trust = AuditLogCommand.TryTrust(context, target);
            using var store = LedgerSession.OpenStore(target.Repository, context.Time);
            var stored = store.ReadAll().FirstOrDefault(e => e.Entry.Seq == wanted)
                ?? throw new CliException($"no entry {wanted}: the ledger has {store.Tip?.Seq ?? 0} entries");
            context.Output.WriteLine(stored.Entry.Json.ToJsonString(Indented));
            context.Output.WriteLine($"commit:  {stored.CommitId}");
            context.Output.WriteLine($"digest:  {stored.Entry.Digest}");
            context.Output.WriteLine($"signer:  {EntryView.Signer(stored, trust) ?? "unknown (no trusted signers loaded)"}");
            context.Output.Write(stored.Checkpoint is { } note ? $"checkpoint:\n{note}" : "checkpoint: none (inside a batch; its batch's last entry carries it)\n");
            return ExitCodes.Allow;
        });
        return command;
    }
}
