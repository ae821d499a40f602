using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Pushes the ledger ref with the git CLI (which honours CI credentials), rebasing local-only entries when the remote moved.</summary>
internal sealed class AuditPushHandler(HostContext context)
{
    /// <summary>The environment variable holding the recorder key's PEM text (the action's <c>signing-key</c>).</summary>
    public const string KeyVariable = RecorderKey.Variable;

    /// <summary>Pushes to <paramref name="remote"/>; <paramref name="keyPath"/> (or <see cref="KeyVariable"/>) re-signs rebased entries.</summary>
    public Task<int> HandleAsync(string repository, string remote, string? keyPath, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(repository, context.Time);
        using var signer = RecorderKey.Load(context, keyPath);
        cancellationToken.ThrowIfCancellationRequested();
        context.Output.WriteLine(AuditLines.Pushed(LedgerSyncing.Push(store, remote, signer), remote));
        return Task.FromResult(ExitCodes.Allow);
    }
}
