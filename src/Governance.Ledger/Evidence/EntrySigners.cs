using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Events.Projection;
using Governance.Ledger.Entries;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Evidence;

/// <summary>
/// Resolves who signed an entry — the commit's recorder and the statement's person — through the trusted signers only,
/// and hands the facts to the projections as <see cref="VerifiedSigners"/>.
/// </summary>
public static class EntrySigners
{
    /// <summary>The entry as the projections read it, with who verifiably signed it.</summary>
    public static ProjectedEntry Project(StoredEntry stored, TrustStore signers)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var entry = stored.Entry;
        return new ProjectedEntry(entry.Seq, entry.Type, entry.Time, entry.Subject, entry.Event, Verify(stored, signers));
    }

    /// <summary>Who signed the entry: its commit's recorder, its bound statement's person, and whether its envelope is unbound.</summary>
    public static VerifiedSigners Verify(StoredEntry stored, TrustStore signers) =>
        new(Recorder(stored, signers), StatementSigner(stored, signers), HasUnboundEnvelope(stored));

    /// <summary>The recorder principal whose trusted key signed the commit, or null.</summary>
    public static string? Recorder(StoredEntry stored, TrustStore signers)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(signers);
        return stored.CommitKey is { } claimed && signers.Resolve(claimed) is { } key ? signers.RecorderOf(key, stored.Entry.Time) : null;
    }

    /// <summary>
    /// The principal whose trusted key signed the entry's bound (trust v2) statement, or null: no envelope, an
    /// unbound pre-v2 envelope (which no longer names a person), or one that does not bind this entry.
    /// </summary>
    public static string? StatementSigner(StoredEntry stored, TrustStore signers)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(signers);
        if (stored.Envelope is not { } bytes)
        {
            return null;
        }

        try
        {
            var envelope = DsseEnvelope.Parse(bytes.Span);
            if (JsonNode.Parse(envelope.Payload.Span.ToArray()) is not JsonObject statement || !BoundStatement.IsBound(statement)
                || BoundStatement.Mismatch(statement, stored.Entry.Type, stored.Entry.Subject, stored.Entry.Payload, out var signedAt, out _) is not null)
            {
                return null;
            }

            var named = EntryTypes.SignerField(stored.Entry.Type) is { } field ? (string?)stored.Entry.Payload[field] : null;
            foreach (var key in Dsse.VerifiedKeys(envelope, signers.KeysFor(TrustStore.AttestationNamespace, signedAt)))
            {
                if (named is not null)
                {
                    return signers.IsAllowed(named, key, TrustStore.AttestationNamespace, signedAt) ? named : null;
                }

                if (signers.FindPrincipals(key, TrustStore.AttestationNamespace, signedAt) is { Count: > 0 } principals)
                {
                    return principals[0];
                }
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
        }

        return null;
    }

    /// <summary>True when the entry carries an envelope that is not a bound statement (written before trust v2).</summary>
    public static bool HasUnboundEnvelope(StoredEntry stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            return stored.Envelope is { } bytes
                && !(JsonNode.Parse(DsseEnvelope.Parse(bytes.Span).Payload.Span.ToArray()) is JsonObject statement && BoundStatement.IsBound(statement));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            return true;
        }
    }
}
