using System.Text.Json;

namespace Governance.Ledger.Canonical;

/// <summary>
/// The tokens of UTF-8 JSON, each checked for canonical form as it is read (<see cref="CanonicalForm"/> rules): a
/// reader that stops at the first token that is malformed or not canonical. <see cref="CanonicalForm.IsCanonical"/>
/// reads every token of it; the entry fast path reads the same tokens while checking schemas, so both apply one check.
/// </summary>
internal ref struct CanonicalTokens
{
    /// <summary>Nesting the reader accepts (System.Text.Json's default, as for <see cref="JsonDocument"/>).</summary>
    public const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> _json;
    private readonly bool _requireObject;
    private readonly Span<int> _nameStart;
    private readonly Span<int> _nameLength;
    private Utf8JsonReader _reader;
    private int _end;
    private bool _failed;
    private bool _done;

    /// <summary>Reads <paramref name="json"/>; <paramref name="names"/> needs 2 × (<see cref="MaxDepth"/> + 2) ints of scratch.</summary>
    public CanonicalTokens(ReadOnlySpan<byte> json, bool requireObject, Span<int> names)
    {
        _json = json;
        _requireObject = requireObject;
        _nameStart = names[..(MaxDepth + 2)];
        _nameLength = names.Slice(MaxDepth + 2, MaxDepth + 2);
        _reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        _end = -1;

        // The reader skips a UTF-8 byte order mark, which canonical form never has: "EF BB BF {…}" is not "{…}".
        _failed = json.StartsWith("\uFEFF"u8);
    }

    /// <summary>The current token's type.</summary>
    public readonly JsonTokenType TokenType => _reader.TokenType;

    /// <summary>The current token's raw bytes (a string's or name's without quotes, still escaped).</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _reader.ValueSpan;

    /// <summary>True when the current string or name contains escapes.</summary>
    public readonly bool ValueIsEscaped => _reader.ValueIsEscaped;

    /// <summary>Where the current token starts.</summary>
    public readonly int TokenStart => (int)_reader.TokenStartIndex;

    /// <summary>The value of the current number token (it parsed as a finite double: canonical form requires it).</summary>
    public double Number { get; private set; }

    /// <summary>The current string, decoded.</summary>
    public readonly string? GetString() => _reader.GetString();

    /// <summary>The current number as a 64-bit integer, as <see cref="Utf8JsonReader.TryGetInt64"/> reads it.</summary>
    public readonly bool TryGetInt64(out long value) => _reader.TryGetInt64(out value);

    /// <summary>True when the current string or name, unescaped, is <paramref name="utf8"/>.</summary>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8) => _reader.ValueTextEquals(utf8);

    /// <summary>
    /// True after the last token was read, the input ended right after it and every token was canonical: the whole
    /// input is canonical JSON.
    /// </summary>
    public readonly bool Complete => _done && !_failed && _end == _json.Length;

    /// <summary>Moves to the next token; false at the end of input or at the first malformed or non-canonical token.</summary>
    public bool Next()
    {
        if (_failed || _done)
        {
            return false;
        }

        try
        {
            if (!_reader.Read())
            {
                _done = true;
                return false;
            }

            if (Check())
            {
                return true;
            }
        }
        catch (JsonException)
        {
        }

        _failed = true;
        return false;
    }

    private bool Check()
    {
        var start = checked((int)_reader.TokenStartIndex);
        if (_end < 0 ? start != 0 || (_requireObject && _reader.TokenType != JsonTokenType.StartObject) : !CanonicalForm.IsSeparator(_json[_end..start]))
        {
            return false;
        }

        var depth = _reader.CurrentDepth;
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                _nameStart[depth + 1] = -1;
                _end = start + 1;
                return true;
            case JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray:
                _end = start + 1;
                return true;
            case JsonTokenType.PropertyName or JsonTokenType.String:
                var raw = _reader.ValueSpan;
                if (!CanonicalForm.IsCanonicalString(raw, _reader.ValueIsEscaped))
                {
                    return false;
                }

                if (_reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (_nameStart[depth] >= 0 && !CanonicalForm.IsBefore(_json.Slice(_nameStart[depth], _nameLength[depth]), raw))
                    {
                        return false;
                    }

                    _nameStart[depth] = start + 1;
                    _nameLength[depth] = raw.Length;
                }

                _end = start + raw.Length + 2;
                return true;
            case JsonTokenType.Number:
                if (IsCanonicalInteger(_reader.ValueSpan, out var integer))
                {
                    Number = integer;
                }
                else if (_reader.TryGetDouble(out var value) && JsonCanonicalizer.IsCanonicalNumber(value, _reader.ValueSpan))
                {
                    Number = value;
                }
                else
                {
                    return false;
                }

                _end = start + _reader.ValueSpan.Length;
                return true;
            default:
                _end = start + _reader.ValueSpan.Length;
                return true;
        }
    }

    /// <summary>
    /// "0" or <c>-?[1-9][0-9]{0,14}</c>: an integer below 10^15 written as the canonical writer writes it (its
    /// <c>long</c> form), read without the general double parser. Anything else is left to that parser and the full check.
    /// </summary>
    private static bool IsCanonicalInteger(ReadOnlySpan<byte> token, out long value)
    {
        value = 0;
        var digits = token.Length > 0 && token[0] == '-' ? token[1..] : token;
        if (digits.Length is 0 or > 15 || (digits[0] == '0' && token.Length > 1))
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        value = digits.Length < token.Length ? -value : value;
        return true;
    }
}
