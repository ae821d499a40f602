using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Lifecycle;

/// <summary>
/// <c>govern flag</c> and <c>govern unflag</c>: mark a source dataset harmful (models trained on it, however many
/// stages later, are denied by <c>provenance.denyFlaggedSources</c>) or lift that mark. Both are append-only
/// entries, so the ledger keeps when the organisation knew. Written by a recorder key, or signed by a person (a data
/// steward) and written by the recorder key.
/// </summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class FlagService(HostContext context)
{
    /// <summary>Appends <c>dataset.flagged</c>.</summary>
    public Task<IReadOnlyList<AppendedEntry>> FlagAsync(LedgerLocation location, SignerKeys keys, FlagRequest request, CancellationToken cancellationToken) =>
        AppendAsync(EntryTypes.DatasetFlagged, location, keys, request, cancellationToken);

    /// <summary>Appends <c>dataset.unflagged</c> (the request's severity is not part of it).</summary>
    public Task<IReadOnlyList<AppendedEntry>> UnflagAsync(LedgerLocation location, SignerKeys keys, FlagRequest request, CancellationToken cancellationToken) =>
        AppendAsync(EntryTypes.DatasetUnflagged, location, keys, request with { Severity = null }, cancellationToken);

    private Task<IReadOnlyList<AppendedEntry>> AppendAsync(string type, LedgerLocation location, SignerKeys keys, FlagRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(request);
        var payload = new JsonObject { ["dataset"] = request.Dataset, ["reason"] = request.Reason };
        if (request.ContentDigest is { } d)
        {
            payload["digest"] = FieldSet.ParseDigest("--content-digest", d);
        }

        if (request.Severity is { } s)
        {
            payload["severity"] = s;
        }

        if (request.References is { Count: > 0 } refs)
        {
            payload["references"] = new JsonArray([.. refs.Select(r => (JsonNode)r)]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.OpenEither(context, location.Resolve(context), keys.Key, keys.RecorderKey);
        var subject = new EntrySubject(Dataset: request.Dataset);
        var envelope = session.Person?.Sign(type, subject, payload, context.Time.GetUtcNow());
        return Task.FromResult(session.Append([new EntryDraft(type, session.Actor, subject, payload, envelope)]));
    }
}
