namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>
/// A strict JSON reader with Python <c>json.loads</c> semantics: numbers with a fraction or exponent are
/// floats, others arbitrary-precision ints (at most 4300 digits, Python 3.11's limit); <c>NaN</c>,
/// <c>Infinity</c> and <c>-Infinity</c> are accepted; control characters inside strings are rejected.
/// Deviation: duplicate object keys are rejected (Python keeps the last) because they make a record mean
/// different things to different readers.
/// </summary>
internal sealed partial class PythonJsonParser
{
    private const int MaxDepth = 512;
    private const int MaxIntegerDigits = 4300;
    private readonly string _text;
    private int _position;
    private int _depth;
    private int _line = 1;
    private int _lineStart;

    private PythonJsonParser(string text) => _text = text;

    public static PyJsonValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new PythonJsonParser(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            throw parser.Error("unexpected UTF-8 byte order mark");
        }

        parser.SkipWhitespace();
        var value = parser.ReadValue();
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("extra data after the JSON value");
        }

        return value;
    }

    private PyJsonValue ReadValue()
    {
        var (line, column) = (_line, _position - _lineStart + 1);
        return ReadBareValue().At(line, column);
    }

    private PyJsonValue ReadBareValue()
    {
        if (_position >= _text.Length)
        {
            throw Error("expecting a value, found end of input");
        }

        var c = _text[_position];
        switch (c)
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return PyJsonValue.FromString(ReadString());
            case 'n' when Match("null"): return PyJsonValue.Null;
            case 't' when Match("true"): return PyJsonValue.True;
            case 'f' when Match("false"): return PyJsonValue.False;
            case 'N' when Match("NaN"): return PyJsonValue.FromFloat(double.NaN);
            case 'I' when Match("Infinity"): return PyJsonValue.FromFloat(double.PositiveInfinity);
            case '-' when Match("-Infinity"): return PyJsonValue.FromFloat(double.NegativeInfinity);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"expecting a value, found '{Printable(c)}'");
        }
    }

    private PyJsonValue ReadObject()
    {
        Enter();
        _position++;
        var members = new Dictionary<string, PyJsonValue>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            _depth--;
            return PyJsonValue.FromObject(members);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expecting a property name enclosed in double quotes");
            }

            var keyStart = _position;
            var key = ReadString();
            SkipWhitespace();
            Expect(':', "expecting ':' after a property name");
            SkipWhitespace();
            var value = ReadValue();
            if (!members.TryAdd(key, value))
            {
                throw Error($"duplicate key \"{key}\"", keyStart);
            }

            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                _depth--;
                return PyJsonValue.FromObject(members);
            }

            Expect(',', "expecting ',' or '}' in an object");
        }
    }

    private PyJsonValue ReadArray()
    {
        Enter();
        _position++;
        var items = new List<PyJsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            _depth--;
            return PyJsonValue.FromArray(items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                _depth--;
                return PyJsonValue.FromArray(items);
            }

            Expect(',', "expecting ',' or ']' in an array");
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"nesting deeper than {MaxDepth}");
        }
    }

    private bool Match(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            return false;
        }

        _position += literal.Length;
        return true;
    }

    private void Expect(char c, string message)
    {
        if (Peek() != c)
        {
            throw Error(message);
        }

        _position++;
    }

    private char Peek() => PeekAt(0);

    private char PeekAt(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            if (_text[_position++] == '\n')
            {
                _line++;
                _lineStart = _position;
            }
        }
    }

    private static string Printable(char c) => c < ' ' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString();

    private PythonJsonException Error(string reason) => Error(reason, _position);

    private PythonJsonException Error(string reason, int position)
    {
        int line = 1, column = 1;
        for (var i = 0; i < position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new PythonJsonException(reason, line, column);
    }
}
