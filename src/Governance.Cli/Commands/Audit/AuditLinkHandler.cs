using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text;
using Governance.Audit.Bundles;
using Governance.Ledger.Entries;
using Governance.Ledger.Writing;
using Governance.Reporting.Audit;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>What <c>govern audit link</c> does: verify, check consistency with earlier links, keep their ledger, record.</summary>
internal sealed class AuditLinkHandler(HostContext context)
{
    /// <summary>Links the bundle at <paramref name="bundlePath"/>: exit 0 recorded, 1 inconsistent with an earlier link or failing verification, 2 unreadable.</summary>
    public Task<int> HandleAsync(LedgerTarget target, string bundlePath, string? keyPath, string? trustedPath, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(bundlePath))
        {
            throw new WorkflowException($"{bundlePath}: bundle not found");
        }

        var note = trustedPath is null ? null : Encoding.UTF8.GetString(InputFiles.Read(context, trustedPath, "checkpoint"));
        var verdict = BundleVerifier.Verify(bundlePath, note, AuditVerifyBundleHandler.RecordersOf);
        if (verdict.ExitCode != 0)
        {
            BundleVerdictText.Write(context.Output, context.Error, verdict);
            return Task.FromResult(verdict.ExitCode);
        }

        using var session = LedgerSession.Open(context, target, keyPath);
        var link = AuditLinks.Link(target.Repository, bundlePath, verdict, session.Store.ReadAll(),
            payload => session.Append([new EntryDraft(EntryTypes.TrailLinked, session.Actor, new EntrySubject(), payload)])[^1].Seq);
        context.Output.WriteLine(AuditLines.Linked(link.Origin, link.Size, link.RootHex, link.Previous, link.Seq, link.Problem));
        return Task.FromResult(link.Problem is null ? ExitCodes.Allow : ExitCodes.Deny);
    }
}
