using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Governance.Ledger.Entries;

/// <summary>
/// Reads JSON strings and member names as characters without allocating in the common case (plain ASCII without
/// escapes, short enough for the caller's buffer); anything else is decoded by System.Text.Json as usual.
/// </summary>
internal static class JsonText
{
    /// <summary>The characters of a string value.</summary>
    public static ReadOnlySpan<char> Chars(JsonElement value, Span<char> buffer)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        return raw.Length >= 2 && TryAscii(raw[1..^1], buffer, out var written) ? buffer[..written] : value.GetString();
    }

    /// <summary>The characters of a member name.</summary>
    public static ReadOnlySpan<char> Name(JsonProperty member, Span<char> buffer) =>
        TryAscii(JsonMarshal.GetRawUtf8PropertyName(member), buffer, out var written) ? buffer[..written] : member.Name;

    private static bool TryAscii(ReadOnlySpan<byte> raw, Span<char> buffer, out int written)
    {
        written = 0;
        return raw.Length <= buffer.Length && raw.IndexOf((byte)'\\') < 0 && Ascii.ToUtf16(raw, buffer, out written) == OperationStatus.Done;
    }
}
