using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Ledger.Canonical;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme: members sorted by UTF-16 code units, no whitespace, ECMAScript
/// numbers, minimal string escaping, UTF-8 output. Duplicate member names, lone surrogates and
/// non-finite numbers are rejected with <see cref="FormatException"/>.
/// </summary>
public static class JsonCanonicalizer
{
    // The longest ECMAScript rendering of a finite double is 24 characters ("-1.2345678901234567e-308").
    private const int MaxNumberLength = 32;

    /// <summary>Canonical bytes of a parsed element.</summary>
    public static byte[] Canonicalize(JsonElement element)
    {
        var writer = new ArrayBufferWriter<byte>(512);
        WriteElement(writer, element);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Canonical bytes of a node (null is the JSON literal <c>null</c>).</summary>
    public static byte[] Canonicalize(JsonNode? node)
    {
        var writer = new ArrayBufferWriter<byte>(512);
        WriteNode(writer, node);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Parses UTF-8 JSON and returns its canonical bytes; throws <see cref="FormatException"/> for invalid or non-I-JSON input.</summary>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            using var doc = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                throw new FormatException("Trailing data after JSON value.");
            }

            return Canonicalize(doc.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("Invalid JSON: " + ex.Message, ex);
        }
    }

    /// <summary>True if <paramref name="utf8Json"/> is valid JSON already in canonical form.</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return Canonicalize(utf8Json).AsSpan().SequenceEqual(utf8Json);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void WriteElement(ArrayBufferWriter<byte> w, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<(string Name, JsonElement Value)>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    if (!names.Add(p.Name))
                    {
                        throw new FormatException($"Duplicate JSON member '{p.Name}'.");
                    }

                    members.Add((p.Name, p.Value));
                }

                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                w.Write("{"u8);
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Write(","u8);
                    }

                    WriteString(w, members[i].Name);
                    w.Write(":"u8);
                    WriteElement(w, members[i].Value);
                }

                w.Write("}"u8);
                break;
            case JsonValueKind.Array:
                w.Write("["u8);
                var first = true;
                foreach (var item in e.EnumerateArray())
                {
                    if (!first)
                    {
                        w.Write(","u8);
                    }

                    first = false;
                    WriteElement(w, item);
                }

                w.Write("]"u8);
                break;
            case JsonValueKind.String:
                WriteString(w, e.GetString()!);
                break;
            case JsonValueKind.Number:
                WriteNumber(w, e.GetDouble());
                break;
            case JsonValueKind.True:
                w.Write("true"u8);
                break;
            case JsonValueKind.False:
                w.Write("false"u8);
                break;
            default:
                w.Write("null"u8);
                break;
        }
    }

    private static void WriteNode(ArrayBufferWriter<byte> w, JsonNode? node)
    {
        switch (node)
        {
            case null:
                w.Write("null"u8);
                break;
            case JsonObject obj:
                var members = obj.ToList();
                members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                w.Write("{"u8);
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Write(","u8);
                    }

                    WriteString(w, members[i].Key);
                    w.Write(":"u8);
                    WriteNode(w, members[i].Value);
                }

                w.Write("}"u8);
                break;
            case JsonArray array:
                w.Write("["u8);
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Write(","u8);
                    }

                    WriteNode(w, array[i]);
                }

                w.Write("]"u8);
                break;
            case JsonValue value:
                WriteValue(w, value);
                break;
        }
    }

    private static void WriteValue(ArrayBufferWriter<byte> w, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(w, value.TryGetValue<string>(out var s) ? s : JsonDocument.Parse(value.ToJsonString()).RootElement.GetString()!);
                break;
            case JsonValueKind.Number:
                WriteNumber(w, value.TryGetValue<double>(out var d) ? d : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.True:
                w.Write("true"u8);
                break;
            case JsonValueKind.False:
                w.Write("false"u8);
                break;
            default:
                w.Write("null"u8);
                break;
        }
    }

    private static void WriteNumber(ArrayBufferWriter<byte> w, double value) => w.Advance(FormatNumber(value, w.GetSpan(MaxNumberLength)));

    /// <summary>True if <paramref name="token"/> is exactly how <paramref name="value"/> is written canonically.</summary>
    internal static bool IsCanonicalNumber(double value, ReadOnlySpan<byte> token)
    {
        Span<byte> buffer = stackalloc byte[MaxNumberLength];
        return double.IsFinite(value) && token.SequenceEqual(buffer[..FormatNumber(value, buffer)]);
    }

    private static int FormatNumber(double value, Span<byte> destination)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException("NaN and Infinity cannot be canonicalized.");
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            var written = ((long)value).TryFormat(destination, out var count, default, CultureInfo.InvariantCulture);
            System.Diagnostics.Debug.Assert(written);
            return count;
        }

        // .NET's shortest round-trip text, when it has no exponent, is already ECMAScript's (tests hold the two equal);
        // with an exponent the rules differ, and EcmaNumber rewrites it.
        if (value.TryFormat(destination, out var plain, "R", CultureInfo.InvariantCulture) && destination[..plain].IndexOfAny((byte)'E', (byte)'e') < 0)
        {
            return plain;
        }

        return Encoding.ASCII.GetBytes(EcmaNumber.Format(value), destination);
    }

    private static void WriteString(ArrayBufferWriter<byte> w, string value)
    {
        w.Write("\""u8);
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                throw new FormatException("Lone surrogate in JSON string.");
            }

            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            WriteUtf8(w, value.AsSpan(start, i - start));
            start = i + 1;
            w.Write(c switch
            {
                '"' => "\\\""u8,
                '\\' => "\\\\"u8,
                '\b' => "\\b"u8,
                '\t' => "\\t"u8,
                '\n' => "\\n"u8,
                '\f' => "\\f"u8,
                '\r' => "\\r"u8,
                _ => Encoding.ASCII.GetBytes("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)),
            });
        }

        WriteUtf8(w, value.AsSpan(start));
        w.Write("\""u8);
    }

    private static void WriteUtf8(ArrayBufferWriter<byte> w, ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        var count = Encoding.UTF8.GetBytes(chars, w.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length)));
        w.Advance(count);
    }
}
