using System.Text;

namespace Governance.Audit.Report;

/// <summary>HTML encoding: every value that comes from an entry is attacker-influenced and goes through here.</summary>
public static class Html
{
    /// <summary>Encodes text for element content and double-quoted attribute values (also escapes control characters).</summary>
    public static string Encode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '`': sb.Append("&#96;"); break;
                case '\t' or '\n': sb.Append(c); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        sb.Append("&#xFFFD;");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>An in-page link to an entry (<c>#e-12</c>).</summary>
    public static string EntryLink(long seq) => $"<a href=\"#e-{seq}\">#{seq}</a>";
}
