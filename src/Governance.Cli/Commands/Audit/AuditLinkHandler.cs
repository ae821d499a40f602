using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Audit.Bundles;
using Governance.Audit.Links;
using Governance.Audit.Report;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Ledger.Entries;
using Governance.Ledger.Writing;

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
            AuditVerifyBundleHandler.Write(context, verdict);
            return Task.FromResult(verdict.ExitCode);
        }

        var head = verdict.Head!;
        using var session = LedgerSession.Open(context, target, keyPath);
        var earlier = LinkedTrails.Read(session.Store.ReadAll().Select(e => e.Entry)).LastOrDefault(l => l.Origin == head.Origin);
        if (earlier is not null && LinkConsistency.Check(earlier, verdict.Snapshot!) is { } problem)
        {
            context.Output.WriteLine("FAILED: " + problem);
            return Task.FromResult(ExitCodes.Deny);
        }

        LinkedTrails.Store(target.Repository, bundlePath, head.Origin);
        var training = verdict.Snapshot!.Entries.Where(e => e.Entry.Type == EntryTypes.TrainingCompleted).Select(e => e.Entry).ToList();
        var payload = new JsonObject
        {
            ["origin"] = head.Origin,
            ["size"] = head.Size,
            ["root"] = Convert.ToHexStringLower(head.RootHash.Span),
            ["checkpoint"] = verdict.HeadNote,
            ["bundle"] = verdict.Digest,
            ["signers"] = new JsonArray([.. verdict.Signers.Select(s => (JsonNode)s)]),
            ["models"] = new JsonArray([.. training.Select(e => EntryFacts.Str(e.Payload["output"])).OfType<string>().Distinct().Order(StringComparer.Ordinal).Select(s => (JsonNode)s)]),
            ["datasets"] = new JsonArray([.. training.SelectMany(e => e.Payload["inputs"] as JsonArray ?? []).Where(i => EntryFacts.Str(i?["kind"]) != "model")
                .Select(i => EntryFacts.Str(i?["id"])).OfType<string>().Distinct().Order(StringComparer.Ordinal).Select(s => (JsonNode)s)]),
        };
        if (earlier is not null)
        {
            payload["previous"] = earlier.Seq;
        }

        var seq = session.Append([new EntryDraft(EntryTypes.TrailLinked, session.Actor, new EntrySubject(), payload)])[^1].Seq;
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"linked {head.Origin} at size {head.Size}, root {Convert.ToHexStringLower(head.RootHash.Span)}{(earlier is null ? "" : $" (consistent with entry {earlier.Seq})")}; recorded as entry {seq}"));
        return Task.FromResult(ExitCodes.Allow);
    }
}
