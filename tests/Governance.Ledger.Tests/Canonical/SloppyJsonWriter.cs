using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Tests.Canonical;

/// <summary>
/// Writes random JSON objects that are canonical when <c>sloppiness</c> is 0; otherwise each decision (member order,
/// duplicates, whitespace, escapes, number spelling) goes astray with that probability, producing near misses.
/// </summary>
internal sealed class SloppyJsonWriter(Random random, double sloppiness)
{
    private static readonly string[] Alphabet = ["a", "b", "z", "A", "0", "_", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u001f", "\u007f", "é", "€", "ｚ", "\uE000", "😀", "𝄞"];

    private readonly StringBuilder _out = new();

    public string WriteObject(int depth)
    {
        Object(depth);
        Space();
        return _out.ToString();
    }

    private bool Sloppy() => sloppiness > 0 && random.NextDouble() < sloppiness;

    private void Space()
    {
        if (Sloppy())
        {
            _out.Append(" \n\t\r"[random.Next(4)]);
        }
    }

    private void Object(int depth)
    {
        var names = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Text()).Distinct(StringComparer.Ordinal).ToList();
        names.Sort(string.CompareOrdinal);
        if (names.Count > 1 && Sloppy())
        {
            (names[0], names[^1]) = (names[^1], names[0]);
        }

        if (names.Count > 0 && Sloppy())
        {
            names.Add(names[0]);
        }

        _out.Append('{');
        for (var i = 0; i < names.Count; i++)
        {
            Space();
            _out.Append(i > 0 ? "," : "");
            String(names[i]);
            Space();
            _out.Append(':');
            Space();
            Value(depth + 1);
        }

        Space();
        _out.Append('}');
    }

    private void Value(int depth)
    {
        switch (random.Next(depth > 3 ? 4 : 6))
        {
            case 0:
                String(Text());
                break;
            case 1:
                Number();
                break;
            case 2:
                _out.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
            case 3:
                Number();
                break;
            case 4:
                Object(depth);
                break;
            default:
                _out.Append('[');
                for (var i = random.Next(0, 4) - 1; i >= 0; i--)
                {
                    Value(depth + 1);
                    _out.Append(i > 0 ? "," : "");
                }

                _out.Append(']');
                break;
        }
    }

    private string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Alphabet[random.Next(Alphabet.Length)]));

    private void String(string value)
    {
        var canonical = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(value)));
        if (!Sloppy())
        {
            _out.Append(canonical);
            return;
        }

        // One plausible-but-wrong spelling: every character as \uXXXX (upper or lower hex), or '/' escaped.
        _out.Append('"');
        foreach (var c in value)
        {
            _out.Append(c == '/' ? "\\/" : "\\u" + ((int)c).ToString(random.Next(2) == 0 ? "x4" : "X4", CultureInfo.InvariantCulture));
        }

        _out.Append('"');
    }

    private void Number()
    {
        var value = random.Next(4) switch
        {
            0 => random.Next(-1000, 1000),
            1 => Math.Round(random.NextDouble() * 100, random.Next(0, 4)),
            2 => BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : 0.5,
            _ => random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
        };
        var canonical = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(value)));
        _out.Append(!Sloppy() ? canonical : random.Next(4) switch
        {
            0 => canonical.Contains('.', StringComparison.Ordinal) || canonical.Contains('e', StringComparison.Ordinal) ? canonical.ToUpperInvariant() : canonical + ".0",
            1 => value.ToString("R", CultureInfo.InvariantCulture),
            2 => value.ToString("E3", CultureInfo.InvariantCulture),
            _ => canonical == "0" ? "-0" : canonical + "0",
        });
    }
}
