using System.Text.Json.Nodes;
using Governance.Core.Evidence;
using Governance.Events.Catalogue;
using Governance.Events.Drafting;
using Governance.Ledger.Entries;

namespace Governance.Workflows.Recording;

/// <summary>Turns an evidence file's items into ledger entry drafts (<see cref="EvidenceEvents"/>); person-made items are marked <c>recordedFrom: file</c>.</summary>
internal static class EvidenceDrafts
{
    /// <summary>Drafts for every item, in dependency order (datasets, lineage, flags, results, approvals, waivers, deployments).</summary>
    public static IReadOnlyList<(EntryDraft Draft, string Item)> From(EvidenceSet evidence, EntryActor actor, Func<string, EntrySubject, JsonObject, Governance.Ledger.Signing.DsseEnvelope?> envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return [.. EvidenceEvents.From(evidence).Select(d =>
        {
            var subject = Subject(d.Subject);
            var payload = EventCatalogue.ToJson(d.Event);
            return (new EntryDraft(d.Event.Type, actor, subject, payload, envelope(d.Event.Type, subject, payload)), d.Item);
        })];
    }

    /// <summary>The ledger's subject for an event's.</summary>
    public static EntrySubject Subject(EventSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new EntrySubject(subject.Model, subject.Digest, subject.Dataset, subject.Deployment, subject.Commit);
    }
}
