using System.Text;

namespace Governance.Reporting.Text;

/// <summary>
/// Escaping for every value Markdown output quotes (model names, rule messages, flag reasons, reviewer names): such
/// text may come from an evidence file or a pull request, so it must render as the literal characters it holds — no
/// raw HTML, no links, images or headings, no emphasis, and no line break that leaves its table cell or list item.
/// </summary>
public static class MarkdownText
{
    // Backslash-escaped anywhere: the ASCII punctuation that opens or closes inline Markdown (links need '[').
    private const string Punctuation = "\\`*_[]|~";

    /// <summary>
    /// <paramref name="text"/> as literal inline text, safe in a paragraph, list item or table cell: control characters
    /// (line breaks included) become spaces; <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become entities; Markdown
    /// punctuation is backslash-escaped; the <c>:</c> of <c>scheme://</c>, <c>@</c> and <c>www.</c> are written as entities so GitHub's
    /// autolinker finds no URL or address.
    /// </summary>
    public static string Inline(string? text) => Escape(text, keepLeadingSpace: false);

    private static string Escape(string? text, bool keepLeadingSpace)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var flat = keepLeadingSpace ? Flatten(text) : Flatten(text).TrimStart();
        var first = keepLeadingSpace ? -1 : 0;
        var builder = new StringBuilder(flat.Length + 16);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case ':' when IsScheme(flat, i):
                    builder.Append("&#58;");
                    break;
                case '@': builder.Append("&#64;"); break;
                case '.' when i >= 3 && flat.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    builder.Append("&#46;");
                    break;
                case '-' or '+' or '=' or '#' when i == first:
                    builder.Append('\\').Append(c);
                    break;
                case '.' or ')' when first == 0 && IsListNumber(flat, i):
                    builder.Append('\\').Append(c);
                    break;
                default:
                    if (Punctuation.Contains(c, StringComparison.Ordinal))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A message the tool composed around quoted values: its code spans (any backtick fence) stay code spans, re-fenced
    /// by <see cref="Code"/>; everything else is <see cref="Inline"/> text.
    /// </summary>
    public static string Message(string? text, bool inTable = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var run = Run(text, i);
            if (run == 0)
            {
                i++;
                continue;
            }

            var close = FindRun(text, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            builder.Append(Escape(text[plainStart..i], keepLeadingSpace: plainStart > 0));
            var content = text[(i + run)..close];
            if (content.Length >= 2 && content[0] == ' ' && content[^1] == ' ' && content.Trim().Length > 0)
            {
                content = content[1..^1];
            }

            builder.Append(Code(content, inTable));
            i = plainStart = close + run;
        }

        return builder.Append(Escape(text[plainStart..], keepLeadingSpace: plainStart > 0)).ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as a code span: a backtick fence longer than any backtick run inside (no entities, which a
    /// code span would show literally), control characters as spaces, and <c>|</c> escaped when it sits in a table cell.
    /// </summary>
    public static string Code(string? text, bool inTable = false)
    {
        var flat = Flatten(text ?? "");
        var longest = 0;
        for (var i = 0; i < flat.Length;)
        {
            var run = Run(flat, i);
            longest = Math.Max(longest, run);
            i += Math.Max(run, 1);
        }

        var fence = new string('`', longest + 1);
        var body = inTable ? flat.Replace("|", "\\|", StringComparison.Ordinal) : flat;
        var pad = body.Length == 0 || body.StartsWith('`') || body.EndsWith('`') || body.StartsWith(' ') || body.EndsWith(' ') ? " " : "";
        return fence + pad + body + pad + fence;
    }

    /// <summary><paramref name="text"/> for an HTML context (inside <c>&lt;summary&gt;</c> or a comment marker).</summary>
    public static string Html(string text) =>
        System.Net.WebUtility.HtmlEncode(Flatten(text));

    // GitHub's autolinker (cmark-gfm) starts a URL at "scheme://" and an address at "mailto:" or "xmpp:".
    private static bool IsScheme(string text, int colon) =>
        text.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal)
        || text.AsSpan(0, colon).EndsWith("mailto", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(0, colon).EndsWith("xmpp", StringComparison.OrdinalIgnoreCase);

    private static int Run(string text, int at)
    {
        var run = 0;
        while (at + run < text.Length && text[at + run] == '`')
        {
            run++;
        }

        return run;
    }

    private static int FindRun(string text, int from, int length)
    {
        for (var i = from; i < text.Length;)
        {
            var run = Run(text, i);
            if (run == length)
            {
                return i;
            }

            i += Math.Max(run, 1);
        }

        return -1;
    }

    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        }

        return builder.ToString();
    }

    private static bool IsListNumber(string text, int i)
    {
        if (i == 0 || i > 9)
        {
            return false;
        }

        for (var j = 0; j < i; j++)
        {
            if (!char.IsAsciiDigit(text[j]))
            {
                return false;
            }
        }

        return true;
    }
}
