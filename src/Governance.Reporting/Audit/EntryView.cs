using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Governance.Ledger.Evidence;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Reporting.Audit;

/// <summary>How <c>audit log</c> and <c>audit show</c> present one entry: seq, type, time, subject, payload, signer.</summary>
public static class EntryView
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Who signed: the person's envelope signer when there is one, else the recorder; null without trust.</summary>
    public static string? Signer(StoredEntry stored, LedgerTrust? trust) =>
        trust is null ? null : EntrySigners.StatementSigner(stored, trust.Signers) ?? EntrySigners.Recorder(stored, trust.Signers);

    /// <summary>One JSON object on one line.</summary>
    public static string Json(StoredEntry stored, LedgerTrust? trust)
    {
        var entry = stored.Entry;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", entry.Seq);
            json.WriteString("type", entry.Type);
            json.WriteString("time", entry.TimeText);
            json.WritePropertyName("actor");
            entry.Actor.WriteTo(json);
            json.WritePropertyName("subject");
            entry.Subject.WriteTo(json);
            json.WritePropertyName("payload");
            entry.Payload.WriteTo(json);
            if (Signer(stored, trust) is { } signer)
            {
                json.WriteString("signer", signer);
            }
            else
            {
                json.WriteNull("signer");
            }

            json.WriteString("commit", stored.CommitId);
            json.WriteString("digest", entry.Digest);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One human line.</summary>
    public static string Text(StoredEntry stored, LedgerTrust? trust)
    {
        var entry = stored.Entry;
        var subject = string.Join(" ", entry.Subject.Select(p => $"{p.Key}={Short(p.Value?.ToString())}"));
        return $"{entry.Seq,6}  {entry.TimeText}  {entry.Type,-24} {subject}  by {Signer(stored, trust) ?? "?"}";
    }

    private static string Short(string? value) => value is { Length: 71 } && value.StartsWith("sha256:", StringComparison.Ordinal) ? value[..19] + "…" : value ?? "";
}
