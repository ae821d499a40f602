using System.Globalization;
using System.Numerics;
using System.Text;

namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>Strings and numbers, read as Python's C scanner reads them (ASCII digits only, strict strings).</summary>
internal sealed partial class PythonJsonParser
{
    private string ReadString()
    {
        var start = _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string", start);
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("invalid control character in string", _position - 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error("unterminated string", start);
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !int.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("invalid \\uXXXX escape", _position - 2);
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error("invalid escape", _position - 2);
            }
        }
    }

    private PyJsonValue ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw Error("expecting a value", start);
        }

        var isFloat = false;
        if (Peek() == '.' && IsDigit(PeekAt(1)))
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }

        if ((Peek() == 'e' || Peek() == 'E') &&
            (IsDigit(PeekAt(1)) || ((PeekAt(1) == '+' || PeekAt(1) == '-') && IsDigit(PeekAt(2)))))
        {
            isFloat = true;
            _position += IsDigit(PeekAt(1)) ? 1 : 2;
            SkipDigits();
        }

        var token = _text.AsSpan(start, _position - start);
        if (isFloat)
        {
            return PyJsonValue.FromFloat(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (token.Length - (token[0] == '-' ? 1 : 0) > MaxIntegerDigits)
        {
            throw Error($"integer has more than {MaxIntegerDigits} digits (Python's limit)", start);
        }

        return PyJsonValue.FromInteger(BigInteger.Parse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }
}
