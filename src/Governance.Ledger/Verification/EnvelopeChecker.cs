using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Verification;

/// <summary>
/// Checks the DSSE envelope an entry commits to. A bound (v2) statement must match the entry field by field
/// (<c>envelope-mismatch</c>), be signed by the principal the payload names with a key valid at the signing time, and
/// be signed within the skew of the entry (or of its <c>observedAt</c>, kept when a push re-stamps a rebased entry).
/// An unbound (pre-v2) envelope keeps the old checks so old ledgers verify; evidence readers never count it as a
/// person's signature. Returns the keys that make the statement unique (see <see cref="ChainState"/>).
/// </summary>
internal sealed class EnvelopeChecker(TrustStore trust, TimeSpan skew)
{
    public (EntryCheck? Failure, IReadOnlyList<string> StatementKeys) Check(LedgerEntry entry, byte[]? envelopeBytes)
    {
        if (entry.Envelope is null)
        {
            return (envelopeBytes is null ? null : EntryCheck.Fail(TamperKind.Malformed, "envelope file present but the entry does not commit to it", entry), []);
        }

        if (envelopeBytes is null || entry.Envelope != "sha256:" + Convert.ToHexStringLower(SHA256.HashData(envelopeBytes)))
        {
            return (EntryCheck.Fail(TamperKind.EnvelopeMismatch, "the DSSE envelope is missing or differs from the digest the entry names", entry), []);
        }

        try
        {
            var envelope = DsseEnvelope.Parse(envelopeBytes);
            var statement = JsonNode.Parse(envelope.Payload.Span.ToArray()) as JsonObject ?? throw new FormatException("the statement is not a JSON object");
            return BoundStatement.IsBound(statement)
                ? Bound(entry, envelope, statement)
                : (Legacy(entry, envelope), [entry.Envelope]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            return (EntryCheck.Fail(TamperKind.EnvelopeMismatch, "malformed DSSE envelope: " + ex.Message, entry), []);
        }
    }

    private (EntryCheck? Failure, IReadOnlyList<string> StatementKeys) Bound(LedgerEntry entry, DsseEnvelope envelope, JsonObject statement)
    {
        var keys = (IReadOnlyList<string>)[entry.Envelope!];
        if (BoundStatement.Mismatch(statement, entry.Type, entry.Subject, entry.Payload, out var signedAt, out var id) is { } differs)
        {
            return (EntryCheck.Fail(TamperKind.EnvelopeMismatch, $"the signed statement does not match entry {entry.Seq} at {differs}", entry), keys);
        }

        keys = [entry.Envelope!, "statement:" + id];
        var signers = Dsse.VerifiedKeys(envelope, trust.KeysFor(TrustStore.AttestationNamespace, signedAt));
        if (signers.Count == 0)
        {
            return (EntryCheck.Fail(TamperKind.UntrustedSigner, $"the statement is not signed by a key allowed namespace '{TrustStore.AttestationNamespace}' at its signing time {signedAt:u}", entry), keys);
        }

        var field = EntryTypes.SignerField(entry.Type);
        var principal = field is null ? null : (string?)entry.Payload[field];
        if (principal is not null && !signers.Any(k => trust.IsAllowed(principal, k, TrustStore.AttestationNamespace, signedAt)))
        {
            return (EntryCheck.Fail(TamperKind.UntrustedSigner, $"the statement is not signed by '{principal}'", entry), keys);
        }

        var reference = TimeRules.ObservedAt(entry.Payload) ?? entry.Time;
        if (signedAt > reference + skew)
        {
            return (EntryCheck.Fail(TamperKind.FutureTime, $"the statement was signed at {signedAt:u}, after its entry's time {reference:u} beyond the {skew.TotalMinutes:0}-minute skew", entry), keys);
        }

        if (signedAt < reference - skew)
        {
            return (EntryCheck.Fail(TamperKind.EnvelopeMismatch, $"the statement was signed at {signedAt:u}, more than {skew.TotalMinutes:0} minutes before its entry ({reference:u}): a statement is recorded when it is made", entry), keys);
        }

        // observedAt (kept by a rebase) lets a statement be older than its entry, but not older than its key: a key past
        // its valid-before cannot have back-dated statements relayed into the ledger.
        return signedAt < entry.Time - skew && !signers.Any(k => principal is null
                ? trust.KeysFor(TrustStore.AttestationNamespace, entry.Time).Contains(k)
                : trust.IsAllowed(principal, k, TrustStore.AttestationNamespace, entry.Time))
            ? (EntryCheck.Fail(TamperKind.UntrustedSigner, $"the statement signed at {signedAt:u} was recorded at {entry.Time:u}, when its key was no longer allowed namespace '{TrustStore.AttestationNamespace}'", entry), keys)
            : (null, keys);
    }

    // Pre-v2 envelopes: the checks of the old model, so ledgers written before trust v2 still verify.
    private EntryCheck? Legacy(LedgerEntry entry, DsseEnvelope envelope)
    {
        var relayed = entry.Payload["recordedFrom"] is not null;
        IEnumerable<SshPublicKey> candidates = relayed ? trust.AllKeys() : trust.KeysFor(TrustStore.AttestationNamespace, entry.Time);
        var keys = Dsse.VerifiedKeys(envelope, candidates);
        if (relayed)
        {
            keys = [.. keys.Where(k => trust.RecorderOf(k, entry.Time) is not null || trust.FindPrincipals(k, TrustStore.AttestationNamespace, entry.Time).Count > 0)];
        }

        if (keys.Count == 0)
        {
            return EntryCheck.Fail(TamperKind.UntrustedSigner, "the DSSE envelope is not signed by a trusted key", entry);
        }

        var field = EntryTypes.SignerField(entry.Type);
        var principal = field is null || relayed ? null : (string?)entry.Payload[field];
        if (principal is not null && !keys.Any(k => trust.IsAllowed(principal, k, TrustStore.AttestationNamespace, entry.Time)))
        {
            return EntryCheck.Fail(TamperKind.UntrustedSigner, $"the DSSE envelope is not signed by '{principal}'", entry);
        }

        var statement = InTotoStatement.Parse(envelope.Payload.Span);
        var digest = (string?)entry.Payload["digest"];
        return digest is not null && !statement.Subjects.Any(s => "sha256:" + s.Sha256 == digest)
            ? EntryCheck.Fail(TamperKind.EnvelopeMismatch, $"the signed statement does not name {digest}", entry)
            : null;
    }
}
