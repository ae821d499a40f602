using System.Text.Json.Nodes;
using Governance.Audit.Bundles;
using Governance.Audit.Links;
using Governance.Audit.Report;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Workflows.Audit;

/// <summary>
/// <c>govern audit link</c> after the bundle verified: check it against the earlier link of the same origin (a linked
/// ledger may only grow), keep its ledger under <see cref="LinkedTrails.RefPrefix"/>, and record a <c>trail.linked/v1</c>
/// entry naming its checkpoint, signers, models and datasets.
/// </summary>
public static class AuditLinks
{
    /// <summary>Links a verified bundle.</summary>
    /// <param name="repository">Our repository.</param>
    /// <param name="bundlePath">The bundle zip.</param>
    /// <param name="verdict">Its verdict, which must be intact (exit code 0).</param>
    /// <param name="entries">Our ledger's entries (for earlier links).</param>
    /// <param name="record">Appends the <c>trail.linked/v1</c> payload as an entry and returns its seq.</param>
    public static TrailLink Link(string repository, string bundlePath, BundleVerdict verdict, IEnumerable<StoredEntry> entries, Func<JsonObject, long> record)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(record);
        var head = verdict.Head ?? throw new ArgumentException("the bundle did not verify", nameof(verdict));
        var root = Convert.ToHexStringLower(head.RootHash.Span);
        var earlier = LinkedTrails.Read(entries.Select(e => e.Entry)).LastOrDefault(l => l.Origin == head.Origin);
        if (earlier is not null && LinkConsistency.Check(earlier, verdict.Snapshot!) is { } problem)
        {
            return new TrailLink(head.Origin, head.Size, root, earlier.Seq, null, problem);
        }

        LinkedTrails.Store(repository, bundlePath, head.Origin);
        var training = verdict.Snapshot!.Entries.Where(e => e.Entry.Type == EntryTypes.TrainingCompleted).Select(e => e.Entry).ToList();
        var payload = new JsonObject
        {
            ["origin"] = head.Origin,
            ["size"] = head.Size,
            ["root"] = root,
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

        return new TrailLink(head.Origin, head.Size, root, earlier?.Seq, record(payload), null);
    }
}
