using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Produces an RFC 9162 inclusion or consistency proof against the current signed checkpoint.</summary>
internal sealed class AuditProveHandler(HostContext context)
{
    /// <summary>Prints the proof of <paramref name="inclusion"/> or <paramref name="consistency"/> (exactly one), as text or JSON.</summary>
    public Task<int> HandleAsync(string repository, long? inclusion, long? consistency, bool json, CancellationToken cancellationToken)
    {
        using var store = LedgerSession.OpenStore(repository, context.Time);
        var proof = LedgerProofs.Create(store, inclusion, consistency, cancellationToken);
        context.Output.WriteLine(json ? proof.ToJsonString(new() { WriteIndented = true }) : ProofText.Render(proof));
        return Task.FromResult(ExitCodes.Allow);
    }
}
