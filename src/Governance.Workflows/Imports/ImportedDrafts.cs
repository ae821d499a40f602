using Governance.Imports;
using Governance.Ledger.Entries;

namespace Governance.Workflows.Imports;

/// <summary>Turns the entries an import produced into drafts the ledger session appends.</summary>
internal static class ImportedDrafts
{
    /// <summary>The draft of <paramref name="entry"/>, recorded by <paramref name="actor"/>.</summary>
    public static EntryDraft Draft(ImportedEntry entry, EntryActor actor) =>
        EntryDraft.Of(entry.Event, actor, new EntrySubject(entry.Model, entry.Digest, entry.Dataset, entry.Deployment));
}
