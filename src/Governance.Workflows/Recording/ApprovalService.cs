using System.Text.Json.Nodes;
using Governance.Core.Evaluation;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Recording;

/// <summary>
/// Records what a person decides about one model digest (<c>govern approve</c>, <c>govern waive</c>): a bound
/// statement signed by the person's key, written to the ledger by the recorder key.
/// </summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class ApprovalService(HostContext context)
{
    /// <summary>Appends the person's signed approval (or revocation).</summary>
    public Task<IReadOnlyList<AppendedEntry>> ApproveAsync(LedgerLocation location, SignerKeys keys, ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(request);
        var target = location.Resolve(context);
        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.OpenForPerson(context, target, keys.Key, keys.RecorderKey, keys.SshKey);
        var person = session.Person!;
        var payload = new JsonObject { ["approver"] = person.Principal, ["digest"] = request.Digest.Value, ["model"] = request.Model };
        if (request.Reason is { } why)
        {
            payload["reason"] = why;
        }

        if (request.Commit is { } commit)
        {
            payload["commit"] = commit;
        }

        var type = request.Revoke ? EntryTypes.ApprovalRevoked : EntryTypes.ApprovalGranted;
        var subject = new EntrySubject(request.Model, request.Digest.Value, Commit: request.Commit);
        return Task.FromResult(session.Append([new EntryDraft(type, session.Actor, subject, payload, person.Sign(type, subject, payload, context.Time.GetUtcNow()))]));
    }

    /// <summary>Appends the person's signed waiver; no rules or an expiry already past exit 2 before any key is read.</summary>
    public Task<IReadOnlyList<AppendedEntry>> WaiveAsync(LedgerLocation location, SignerKeys keys, WaiverRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Rules.Count == 0)
        {
            throw new WorkflowException("--rules: name at least one rule id");
        }

        if (request.Expires <= context.Time.GetUtcNow())
        {
            throw new WorkflowException($"--expires: {Format.Time(request.Expires)} is already past");
        }

        var target = location.Resolve(context);
        cancellationToken.ThrowIfCancellationRequested();
        var now = context.Time.GetUtcNow();
        using var session = LedgerSession.OpenForPerson(context, target, keys.Key, keys.RecorderKey, keys.SshKey);
        var person = session.Person!;
        var payload = new JsonObject
        {
            ["rules"] = new JsonArray([.. request.Rules.Select(i => (JsonNode)i)]),
            ["digest"] = request.Digest.Value,
            ["approver"] = person.Principal,
            ["reason"] = request.Reason,
            ["granted"] = Format.Time(now),
            ["expires"] = Format.Time(request.Expires),
        };
        if (request.Model is { } model)
        {
            payload["model"] = model;
        }

        var subject = new EntrySubject(request.Model, request.Digest.Value);
        return Task.FromResult(session.Append([new EntryDraft(EntryTypes.WaiverGranted, session.Actor, subject, payload, person.Sign(EntryTypes.WaiverGranted, subject, payload, now))]));
    }
}
