using System.Globalization;
using System.Text;

namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>
/// Python's <c>repr(float)</c> as <c>json.dumps</c> emits it: the shortest digits that round-trip,
/// fixed notation when the decimal exponent is in [-4, 16), exponent form otherwise (<c>1e-05</c>,
/// <c>1e+16</c>, <c>1.2345678901234568e+17</c>), <c>.0</c> added to integral fixed values, and the bare
/// <c>NaN</c>/<c>Infinity</c>/<c>-Infinity</c> tokens.
/// </summary>
internal static class PythonFloatFormatter
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var negative = double.IsNegative(value);
        if (value == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        var (digits, decimalPoint) = ShortestDigits(Math.Abs(value));
        var builder = new StringBuilder(32);
        if (negative)
        {
            builder.Append('-');
        }

        // CPython format_float_short, mode 'r': exponent form when decpt <= -4 or decpt > 16.
        if (decimalPoint <= -4 || decimalPoint > 16)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            var exponent = decimalPoint - 1;
            builder.Append('e').Append(exponent < 0 ? '-' : '+');
            builder.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decimalPoint <= 0)
        {
            builder.Append("0.").Append('0', -decimalPoint).Append(digits);
        }
        else if (decimalPoint < digits.Length)
        {
            builder.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
        }
        else
        {
            builder.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The shortest round-trip significant digits (no leading/trailing zeros) of a positive finite
    /// double, and the position of the decimal point relative to them (value = 0.digits × 10^point).
    /// </summary>
    private static (string Digits, int DecimalPoint) ShortestDigits(double value)
    {
        // .NET Core 3.0+ "R" is the shortest round-trippable string, like Python's repr (David Gay mode 0).
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot >= 0 ? text[..dot] : text;
        var all = dot >= 0 ? integerPart + text[(dot + 1)..] : integerPart;
        var point = integerPart.Length + exponent;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        all = all[leading..].TrimEnd('0');
        return (all, point - leading);
    }
}
