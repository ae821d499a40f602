using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Audit.Export;
using Governance.Audit.Report;
using Governance.Audit.Signing;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary>The reproducible evidence bundle of <c>govern audit export</c> and the <c>audit.exported/v1</c> entry that records it.</summary>
public static class AuditExports
{
    /// <summary>Builds the bundle of a verified ledger, its manifest and attestations signed by <paramref name="key"/>.</summary>
    /// <exception cref="WorkflowException">The bundle cannot be built (exit 2).</exception>
    public static ExportResult Export(string repository, ReportInput input, KeyPair key)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            return BundleExporter.Export(repository, input, new DeterministicSigner(key));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            throw new WorkflowException(ex.Message);
        }
    }

    /// <summary>The entry recording the export: bundle digest, the ledger head it covers, counts, and the filters used.</summary>
    public static EntryDraft Draft(ReportInput input, ExportResult result, EntryActor actor)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var head = input.Snapshot.Head!;
        var payload = new JsonObject
        {
            ["bundle"] = result.Digest,
            ["size"] = head.Size,
            ["root"] = Convert.ToHexStringLower(head.RootHash.Span),
            ["files"] = result.Files,
            ["entries"] = result.Entries,
            ["decisions"] = result.Decisions,
        };
        if (input.Options.Model is { } m)
        {
            payload["model"] = m;
        }

        if (input.Options.Since is { } s)
        {
            payload["since"] = s.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return new EntryDraft(EntryTypes.AuditExported, actor, new EntrySubject(Model: input.Options.Model), payload);
    }
}
