using Governance.Workflows.Hosting;
using System.Text.Json.Nodes;
using Governance.Cli.Commands.Shared;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Core.Evaluation;
using Governance.Core.Subjects;
using Governance.Ledger.Entries;
using Governance.Ledger.Writing;

namespace Governance.Cli.Commands.Waive;

/// <summary>Records a person's signed, time-boxed waiver for one model digest.</summary>
internal sealed class WaiveHandler(HostContext context)
{
    /// <summary>Appends the entry and prints its seq.</summary>
    public Task<int> HandleAsync(Request request, LedgerTarget target, SignerKeys keys, CancellationToken cancellationToken)
    {
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
        RecordCommand.Print(context, session.Append([new EntryDraft(EntryTypes.WaiverGranted, session.Actor, subject, payload, person.Sign(EntryTypes.WaiverGranted, subject, payload, now))]));
        return Task.FromResult(ExitCodes.Allow);
    }

    /// <summary>What is waived.</summary>
    /// <param name="Rules">The rule ids (or <c>source:&lt;dataset&gt;</c>).</param>
    /// <param name="Digest">The model digest the waiver is scoped to.</param>
    /// <param name="Expires">When it stops applying (in the future).</param>
    /// <param name="Reason">Why the risk is accepted.</param>
    /// <param name="Model">The model name, if given.</param>
    internal sealed record Request(IReadOnlyList<string> Rules, Digest Digest, DateTimeOffset Expires, string Reason, string? Model);
}
