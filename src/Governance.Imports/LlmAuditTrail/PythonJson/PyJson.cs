using System.Globalization;
using System.Text;

namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>
/// Reproduces Python's <c>json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=...)</c>
/// byte for byte, as llm-audit-trail uses it to hash records (reference §2.5 step 2): keys sorted by code
/// point at every level, no whitespace, <c>repr(float)</c> numbers, bare <c>NaN</c>/<c>Infinity</c>, and
/// (with <c>ensureAscii</c>) every character outside space..tilde as a lowercase <c>\uXXXX</c> escape.
/// </summary>
public static class PyJson
{
    /// <summary>Parses JSON text as Python's <c>json.loads</c> does, keeping ints apart from floats and accepting <c>NaN</c>/<c>Infinity</c>.</summary>
    /// <exception cref="PythonJsonException">The text is not JSON Python would accept.</exception>
    public static PyJsonValue Parse(string text) => PythonJsonParser.Parse(text);

    /// <summary>Parses then re-serialises: the canonical text Python would hash for this JSON.</summary>
    /// <exception cref="PythonJsonException">The text is not JSON Python would accept.</exception>
    public static string Canonicalize(string text, bool ensureAscii = true) => Serialize(Parse(text), ensureAscii);

    /// <summary>Python's <c>repr(float)</c> as <c>json.dumps</c> writes it, e.g. <c>2e-05</c>, <c>1.0</c>, <c>1e+16</c>.</summary>
    public static string FormatFloat(double value) => PythonFloatFormatter.Format(value);

    /// <summary>Serialises <paramref name="value"/> canonically (sorted keys, compact separators).</summary>
    public static string Serialize(PyJsonValue value, bool ensureAscii = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder();
        Write(builder, value, ensureAscii);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, PyJsonValue value, bool ensureAscii)
    {
        switch (value.Kind)
        {
            case PyJsonKind.Null:
                builder.Append("null");
                break;
            case PyJsonKind.Boolean:
                builder.Append(value.Boolean ? "true" : "false");
                break;
            case PyJsonKind.Integer:
                builder.Append(value.Integer.ToString(CultureInfo.InvariantCulture));
                break;
            case PyJsonKind.Float:
                builder.Append(PythonFloatFormatter.Format(value.Float));
                break;
            case PyJsonKind.String:
                WriteString(builder, value.String!, ensureAscii);
                break;
            case PyJsonKind.Array:
                builder.Append('[');
                for (var i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, value.Items[i], ensureAscii);
                }

                builder.Append(']');
                break;
            case PyJsonKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var key in value.Members.Keys.Order(CodePointComparer.Instance))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(builder, key, ensureAscii);
                    builder.Append(':');
                    Write(builder, value.Members[key], ensureAscii);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown JSON kind.");
        }
    }

    private static void WriteString(StringBuilder builder, string text, bool ensureAscii)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    // Python ESCAPE_ASCII is [^\ -~]: DEL (0x7f) and every non-ASCII UTF-16 unit are escaped,
                    // so astral characters come out as their surrogate pair.
                    if (c < ' ' || (ensureAscii && c > '~'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
