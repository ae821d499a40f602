using System.Globalization;

namespace Governance.Ledger.Entries;

/// <summary>Reads entry times (<see cref="LedgerEntry.TimeFormat"/>) without the general date parser where it can.</summary>
internal static class EntryTime
{
    /// <summary>
    /// <see cref="LedgerEntry.TimeFormat"/> read as <see cref="DateTimeOffset.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>
    /// reads it (UTC assumed): by hand for the 24 characters every recorder writes, by that method for anything else.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset time)
    {
        if (text.Length == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z'
            && Digits(text, 0, 4) is >= 1 and var year && Digits(text, 5, 2) is >= 1 and <= 12 and var month
            && Digits(text, 8, 2) is >= 1 and var day && day <= DateTime.DaysInMonth(year, month)
            && Digits(text, 11, 2) is >= 0 and < 24 and var hour && Digits(text, 14, 2) is >= 0 and < 60 and var minute
            && Digits(text, 17, 2) is >= 0 and < 60 and var second && Digits(text, 20, 3) is >= 0 and var millisecond)
        {
            time = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParseExact(text, LedgerEntry.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    // The value of ASCII digits text[start..start+length], or -1 when one is not an ASCII digit.
    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        foreach (var c in text.AsSpan(start, length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
