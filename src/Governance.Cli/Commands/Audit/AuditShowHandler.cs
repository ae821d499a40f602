using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text.Json;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Cli.Ledger.Audit;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Audit;

/// <summary>Prints one ledger entry in full, with its commit, digest, verified signer and checkpoint.</summary>
internal sealed class AuditShowHandler(HostContext context)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Shows entry <paramref name="seq"/>; a missing one exits 2.</summary>
    public Task<int> HandleAsync(LedgerTarget target, long seq, CancellationToken cancellationToken)
    {
        var trust = AuditLogHandler.TryTrust(context, target);
        cancellationToken.ThrowIfCancellationRequested();
        using var store = LedgerSession.OpenStore(target.Repository, context.Time);
        var stored = store.ReadAll().FirstOrDefault(e => e.Entry.Seq == seq)
            ?? throw new WorkflowException($"no entry {seq}: the ledger has {store.Tip?.Seq ?? 0} entries");
        context.Output.WriteLine(stored.Entry.Json.ToJsonString(Indented));
        context.Output.WriteLine($"commit:  {stored.CommitId}");
        context.Output.WriteLine($"digest:  {stored.Entry.Digest}");
        context.Output.WriteLine($"signer:  {EntryView.Signer(stored, trust) ?? "unknown (no trusted signers loaded)"}");
        context.Output.Write(stored.Checkpoint is { } note ? $"checkpoint:\n{note}" : "checkpoint: none (inside a batch; its batch's last entry carries it)\n");
        return Task.FromResult(ExitCodes.Allow);
    }
}
