using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Security.Cryptography;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;

namespace Governance.Cli.Commands.Audit;

/// <summary>Pushes the ledger ref with the git CLI (which honours CI credentials), rebasing local-only entries when the remote moved.</summary>
internal sealed class AuditPushHandler(HostContext context)
{
    /// <summary>The environment variable holding the recorder key's PEM text (the action's <c>signing-key</c>).</summary>
    public const string KeyVariable = "GOVERNANCE_SIGNING_KEY";

    /// <summary>Pushes to <paramref name="remote"/>; <paramref name="keyPath"/> (or <see cref="KeyVariable"/>) re-signs rebased entries.</summary>
    public Task<int> HandleAsync(string repository, string remote, string? keyPath, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(repository, context.Time);
        using var signer = Signer(context, keyPath);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var result = new LedgerSync(store, remote).Push(signer);
            context.Output.WriteLine(result.Tip is null
                ? "nothing to push: the ledger is empty"
                : $"pushed ledger at {result.Tip[..12]} to {remote}{(result.Rebased > 0 ? $" (rebased {result.Rebased} local entries onto the remote)" : "")}");
            return Task.FromResult(ExitCodes.Allow);
        }
        catch (Exception ex) when (ex is IOException or LedgerConflictException or InvalidOperationException)
        {
            throw new WorkflowException($"push failed: {ex.Message}");
        }
    }

    private static KeyPair Signer(HostContext context, string? keyPath)
    {
        if (keyPath is not null)
        {
            return KeyFiles.Load(context.Resolve(keyPath), keyPath);
        }

        if (context.Env(KeyVariable) is { } pem)
        {
            try
            {
                return KeyPair.FromPem(pem);
            }
            catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
            {
                throw new WorkflowException($"${KeyVariable} does not hold a usable private key");
            }
        }

        throw new WorkflowException($"push needs the recorder key to rebase if the remote moved: pass --key <pem> or set ${KeyVariable}");
    }
}
