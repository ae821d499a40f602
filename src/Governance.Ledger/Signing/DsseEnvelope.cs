using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Signing;

/// <summary>A DSSE envelope (secure-systems-lab/dsse v1): payloadType, payload bytes and signatures over PAE.</summary>
public sealed record DsseEnvelope(string PayloadType, ReadOnlyMemory<byte> Payload, IReadOnlyList<DsseSignature> Signatures)
{
    /// <summary>Serializes as canonical JSON (standard base64).</summary>
    public byte[] ToJson()
    {
        var sigs = new JsonArray();
        foreach (var s in Signatures)
        {
            var o = new JsonObject { ["sig"] = Convert.ToBase64String(s.Sig.Span) };
            if (s.KeyId.Length > 0)
            {
                o["keyid"] = s.KeyId;
            }

            sigs.Add(o);
        }

        return JsonCanonicalizer.Canonicalize(new JsonObject
        {
            ["payload"] = Convert.ToBase64String(Payload.Span),
            ["payloadType"] = PayloadType,
            ["signatures"] = sigs,
        });
    }

    /// <summary>Parses envelope JSON; accepts standard and URL-safe base64. Throws <see cref="FormatException"/> when malformed.</summary>
    public static DsseEnvelope Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            var type = root.GetProperty("payloadType").GetString() ?? throw new FormatException("payloadType is null.");
            var payload = DecodeBase64(root.GetProperty("payload").GetString());
            var sigs = new List<DsseSignature>();
            foreach (var s in root.GetProperty("signatures").EnumerateArray())
            {
                var keyId = s.TryGetProperty("keyid", out var k) ? k.GetString() ?? "" : "";
                sigs.Add(new DsseSignature(keyId, DecodeBase64(s.GetProperty("sig").GetString())));
            }

            return new DsseEnvelope(type, payload, sigs);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("Malformed DSSE envelope: " + ex.Message, ex);
        }
    }

    private static byte[] DecodeBase64(string? text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var standard = text.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        return Convert.FromBase64String(standard);
    }
}
