using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger;

/// <summary>Resolves who signed an entry — the commit's recorder and the statement's person — through the trust store only.</summary>
internal static class EntrySigners
{
    /// <summary>The recorder principal whose trusted key signed the commit, or null.</summary>
    public static string? Recorder(StoredEntry stored, LedgerTrust trust) =>
        stored.CommitKey is { } claimed && trust.Signers.Resolve(claimed) is { } key
            ? trust.Signers.RecorderOf(key, stored.Entry.Time)
            : null;

    /// <summary>
    /// The principal whose trusted key signed the entry's bound (trust v2) statement, or null: no envelope, an
    /// unbound pre-v2 envelope (which no longer names a person), or one that does not bind this entry.
    /// </summary>
    public static string? StatementSigner(StoredEntry stored, LedgerTrust trust)
    {
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
            foreach (var key in Dsse.VerifiedKeys(envelope, trust.Signers.KeysFor(TrustStore.AttestationNamespace, signedAt)))
            {
                if (named is not null)
                {
                    return trust.Signers.IsAllowed(named, key, TrustStore.AttestationNamespace, signedAt) ? named : null;
                }

                if (trust.PrincipalOf(key, TrustStore.AttestationNamespace, signedAt) is { } principal)
                {
                    return principal;
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
