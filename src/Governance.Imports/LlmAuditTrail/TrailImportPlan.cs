using System.Text.Json.Nodes;
using Governance.Events.Catalogue;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// What importing a verified trail appends: one entry per event the ledger does not hold yet (matched by the
/// source record's <c>curr_hash</c>), then a <see cref="TrailImported"/> entry with the trail's head. Empty when
/// every event is already in the ledger.
/// </summary>
/// <param name="Entries">The entries to append as one batch, the <see cref="TrailImported"/> pointer last.</param>
/// <param name="Fresh">How many of the trail's events are new to the ledger.</param>
/// <param name="WithCounterpart">How many of those have a counterpart type of ours (even if recorded as external).</param>
public sealed record TrailImportPlan(IReadOnlyList<ImportedEntry> Entries, int Fresh, int WithCounterpart)
{
    /// <summary>True when there is nothing to append.</summary>
    public bool IsEmpty => Entries.Count == 0;

    /// <summary>How many new events are recorded as lifecycle entries of our types.</summary>
    public int AsLifecycle => Entries.Count(e => e.Event is not ExternalEvent and not TrailImported);

    /// <summary>How many new events are recorded as <c>external.event/v1</c>.</summary>
    public int AsExternal => Entries.Count(e => e.Event is ExternalEvent);

    /// <summary>Plans the import of <paramref name="import"/>'s events into a ledger whose payloads are <paramref name="ledgerPayloads"/>.</summary>
    /// <param name="import">The verified trail (a failed one plans nothing).</param>
    /// <param name="ledgerPayloads">The payloads already in the ledger (earlier imports are recognised by their <c>imported.curr_hash</c>).</param>
    /// <param name="mapper">Maps each new event to an entry.</param>
    /// <param name="algorithm">The algorithm the trail was verified with.</param>
    /// <param name="source">The trail's file name, as entries record it.</param>
    /// <param name="anchored">Whether an anchor was checked.</param>
    public static TrailImportPlan Create(
        LlmAuditTrailImport import, IEnumerable<JsonObject> ledgerPayloads, TrailEntryMapper mapper, LlmAuditHashAlgorithm algorithm, string source, bool anchored)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(ledgerPayloads);
        ArgumentNullException.ThrowIfNull(mapper);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payload in ledgerPayloads)
        {
            if (TrailEntryMapper.OriginalHash(payload) is { } hash)
            {
                known.Add(hash);
            }
        }

        var fresh = import.Events.Where(e => !known.Contains(e.OriginalCurrHash)).ToList();
        if (fresh.Count == 0 || import.Verification is not TrailIntact { Head: not null } intact)
        {
            return new TrailImportPlan([], 0, 0);
        }

        var entries = fresh.Select(e => mapper.Map(e, source)).ToList();
        entries.Add(new ImportedEntry(LlmAuditTrailMapper.Pointer(intact, algorithm, source, fresh.Count, anchored)));
        return new TrailImportPlan(entries, fresh.Count, fresh.Count(e => e.Type != ExternalEvent.TypeName));
    }
}
