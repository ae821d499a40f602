using System.Text;

namespace Governance.Ledger.Entries;

/// <summary>
/// The type an entry's bytes seem to name, found by looking for the text <c>,"type":"</c> (without parsing): in a
/// canonical entry the payload comes before the type, and knowing the type early lets its schema be checked in the same
/// pass. Only a guess: whoever uses it must compare it with the type actually read.
/// </summary>
internal static class EntryTypeGuess
{
    private static readonly (string Type, byte[] Utf8)[] Known = [.. EntryTypes.All.Select(t => (t, Encoding.UTF8.GetBytes(t)))];

    /// <summary>The known type the text of the last <c>,"type":"</c> member names, or null.</summary>
    public static (string Type, byte[] Utf8)? Of(ReadOnlySpan<byte> json)
    {
        const int Prefix = 9;
        var at = json.LastIndexOf(",\"type\":\""u8);
        var end = at < 0 ? -1 : json[(at + Prefix)..].IndexOf((byte)'"');
        if (end < 0)
        {
            return null;
        }

        var text = json.Slice(at + Prefix, end);
        foreach (var known in Known)
        {
            if (text.SequenceEqual(known.Utf8))
            {
                return known;
            }
        }

        return null;
    }
}
