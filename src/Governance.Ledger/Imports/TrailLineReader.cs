using System.Text;

namespace Governance.Ledger.Imports;

/// <summary>One non-blank line of a trail, or the line where UTF-8 decoding failed.</summary>
internal sealed record TrailLine(int Number, string Text, string? DecodingError = null);

/// <summary>Reads trail lines one at a time (constant memory), numbering blank lines too, as the reference does.</summary>
internal sealed class TrailLineReader(TextReader reader)
{
    private bool _failed;

    /// <summary>The number of the last line read (0 before any).</summary>
    public int LastNumber { get; private set; }

    /// <summary>The next non-blank line, or <c>null</c> at the end (or after a decoding error).</summary>
    public TrailLine? Next()
    {
        while (!_failed)
        {
            string? text;
            try
            {
                text = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                _failed = true;
                return new TrailLine(LastNumber + 1, "", "the line is not valid UTF-8");
            }

            if (text is null)
            {
                return null;
            }

            LastNumber++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                return new TrailLine(LastNumber, text);
            }
        }

        return null;
    }
}
