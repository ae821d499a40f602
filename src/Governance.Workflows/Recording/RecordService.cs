using System.Text.Json.Nodes;
using Governance.Core.Evidence;
using Governance.Events.Projection;
using Governance.Ledger.Entries;
using Governance.Ledger.Evidence;
using Governance.Ledger.Storage;
using Governance.Policies.Diagnostics;
using Governance.Policies.Evidence;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Recording;

/// <summary>
/// Appends lifecycle records to the ledger (<c>govern record</c>): one entry of any type, the items of an evidence
/// file, or a signed retraction. Each append is checked by the verifier first (<see cref="LedgerSession"/>).
/// </summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class RecordService(HostContext context)
{
    /// <summary>
    /// Appends one entry. A person-made record (<see cref="EntryTypes.RequiresEnvelope(string, bool)"/>) is signed by the person of
    /// <see cref="SignerKeys.Key"/> and written by the recorder key; anything else is written by the recorder key.
    /// </summary>
    public Task<IReadOnlyList<AppendedEntry>> RecordAsync(LedgerLocation location, SignerKeys keys, string type, EntrySubject subject, JsonObject payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(payload);
        cancellationToken.ThrowIfCancellationRequested();
        var personal = EntryTypes.RequiresEnvelope(type, payload["recordedFrom"] is not null);
        using var session = personal
            ? LedgerSession.OpenForPerson(context, location.Resolve(context), keys.Key, keys.RecorderKey, keys.SshKey)
            : LedgerSession.Open(context, location.Resolve(context), keys.Key);
        var envelope = personal ? session.Person!.Sign(type, subject, payload, context.Time.GetUtcNow()) : null;
        RecordPreflight.Check(session, type, payload);
        return Task.FromResult(session.Append([new EntryDraft(type, session.Actor, subject, payload, envelope)]));
    }

    /// <summary>Reads an evidence file (size-capped); an invalid one is a <see cref="DiagnosticsException"/> naming its places.</summary>
    public EvidenceSet LoadEvidence(string file)
    {
        var result = EvidenceLoader.Parse(file, InputFiles.Read(context, file, "evidence"));
        return result.Succeeded ? result.Value! : throw new DiagnosticsException(result.Diagnostics);
    }

    /// <summary>Appends every item of an evidence file as one batch, relayed by the recorder (<c>recordedFrom: file</c>).</summary>
    public Task<IReadOnlyList<AppendedEntry>> RecordEvidenceAsync(LedgerLocation location, string? keyPath, EvidenceSet evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.Open(context, location.Resolve(context), keyPath);
        // Items of an evidence file are relayed (recordedFrom: file): no person signed them, so they carry no envelope.
        var drafts = EvidenceDrafts.From(evidence, session.Actor, (_, _, _) => null);
        return Task.FromResult(session.Append([.. drafts.Select(d => d.Draft)]));
    }

    /// <summary>
    /// Retracts entry <paramref name="seq"/>: it stays in the trail and stops counting. A recorder may retract any entry
    /// except a person's signed revocation or flag; a person only an entry whose statement they signed.
    /// </summary>
    public Task<IReadOnlyList<AppendedEntry>> RetractAsync(LedgerLocation location, SignerKeys keys, long seq, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(reason);
        if (reason.Trim().Length == 0)
        {
            throw new WorkflowException("--reason: say why the entry is retracted");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.OpenEither(context, location.Resolve(context), keys.Key, keys.RecorderKey);
        var original = session.Store.ReadAll().FirstOrDefault(e => e.Entry.Seq == seq)
            ?? throw new WorkflowException($"--seq: the ledger has no entry {seq}");
        if (session.Person is { } person && EntrySigners.StatementSigner(original, session.Trust.Signers) != person.Principal)
        {
            throw new WorkflowException($"--key: {person.Principal} did not sign entry {seq}; only its signer or a recorder may retract it");
        }

        if (session.Person is null && RetractionRule.OnlySignerRetracts(original.Entry.Type) && EntrySigners.StatementSigner(original, session.Trust.Signers) is { } signer)
        {
            throw new WorkflowException($"--seq: entry {seq} is {signer}'s signed {original.Entry.Type}; only {signer} may retract it (--key with their person key)");
        }

        var payload = new JsonObject { ["seq"] = seq, ["entry"] = original.Entry.Digest, ["type"] = original.Entry.Type, ["reason"] = reason };
        var s = original.Entry.Subject;
        var subject = new EntrySubject((string?)s["model"], (string?)s["digest"], (string?)s["dataset"], (string?)s["deployment"], (string?)s["commit"]);
        var envelope = session.Person?.Sign(EntryTypes.RecordRetracted, subject, payload, context.Time.GetUtcNow());
        return Task.FromResult(session.Append([new EntryDraft(EntryTypes.RecordRetracted, session.Actor, subject, payload, envelope)]));
    }
}
