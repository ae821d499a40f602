using System.Globalization;
using System.Text;

namespace Governance.Ledger.Canonical;

/// <summary>ECMAScript Number::toString for finite doubles (RFC 8785 §3.2.2.3): shortest round-trip digits, ES exponent rules.</summary>
public static class EcmaNumber
{
    /// <summary>Formats <paramref name="value"/> as ECMAScript would; throws for NaN and infinities.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "NaN and Infinity are not valid JSON numbers.");
        }

        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var ePos = text.IndexOfAny(['E', 'e']);
        var exponent = ePos < 0 ? 0 : int.Parse(text.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = ePos < 0 ? text : text[..ePos];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intLength = dot < 0 ? mantissa.Length : dot;
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        var n = intLength - leading + exponent;
        var k = digits.Length;

        var sb = new StringBuilder(32);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
