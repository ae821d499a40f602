using Governance.Workflows.Hosting;
using System.Text.Json.Nodes;
using Governance.Cli.Commands.Shared;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Core.Subjects;
using Governance.Ledger.Entries;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Approve;

/// <summary>Records a person's signed approval (or its revocation) of one model digest.</summary>
internal sealed class ApproveHandler(HostContext context)
{
    /// <summary>Appends the entry and prints its seq.</summary>
    public Task<int> HandleAsync(Request request, LedgerTarget target, SignerKeys keys, CancellationToken cancellationToken)
    {
        var digest = request.Digest;
        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.OpenForPerson(context, target, keys.Key, keys.RecorderKey, keys.SshKey);
        var person = session.Person!;
        var payload = new JsonObject { ["approver"] = person.Principal, ["digest"] = digest.Value, ["model"] = request.Model };
        if (request.Reason is { } why)
        {
            payload["reason"] = why;
        }

        if (request.Commit is { } commit)
        {
            payload["commit"] = commit;
        }

        var type = request.Revoke ? EntryTypes.ApprovalRevoked : EntryTypes.ApprovalGranted;
        var subject = new EntrySubject(request.Model, digest.Value, Commit: request.Commit);
        RecordCommand.Print(context, session.Append([new EntryDraft(type, session.Actor, subject, payload, person.Sign(type, subject, payload, context.Time.GetUtcNow()))]));
        return Task.FromResult(ExitCodes.Allow);
    }

    /// <summary>What is approved.</summary>
    /// <param name="Model">The model name.</param>
    /// <param name="Digest">The exact digest.</param>
    /// <param name="Reason">Why, if said.</param>
    /// <param name="Commit">The commit the approval is for, if any.</param>
    /// <param name="Revoke">Revoke the person's earlier approval instead.</param>
    internal sealed record Request(string Model, Digest Digest, string? Reason, string? Commit, bool Revoke);
}
