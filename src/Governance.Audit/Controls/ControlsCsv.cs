using System.Globalization;
using System.Text;
using Governance.Ledger.Storage;

namespace Governance.Audit.Controls;

/// <summary>Writes controls.csv: one row per <see cref="ControlCatalog"/> item with its status and the entries that evidence it.</summary>
public static class ControlsCsv
{
    /// <summary>How many entry references a row lists (the newest); the count column says how many there are.</summary>
    public const int EntriesPerRow = 25;

    /// <summary>The CSV bytes for the exported entries (RFC 4180, LF line ends).</summary>
    public static byte[] Format(IReadOnlyList<StoredEntry> exported, bool intact)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var sb = new StringBuilder("framework,control,title,status,evidence_types,entry_count,entries,note\n");
        foreach (var c in ControlCatalog.All)
        {
            var matching = c.Coverage == "not evidenceable" ? []
                : exported.Where(e => c.EvidenceTypes.Count == 0 || c.EvidenceTypes.Contains(e.Entry.Type)).Select(e => e.Entry.Seq).ToList();
            var status = c.Coverage;
            var note = c.Note;
            if (status != "not evidenceable" && (matching.Count == 0 || !intact))
            {
                status = "partial";
                note = (intact ? "no matching entries in this export; " : "the ledger did not verify intact; ") + note;
            }

            var entries = string.Join(' ', matching.TakeLast(EntriesPerRow).Select(s => "ledger:" + s.ToString(CultureInfo.InvariantCulture)));
            sb.AppendJoin(',', new[] { c.Framework, c.Id, c.Title, status, string.Join(' ', c.EvidenceTypes), matching.Count.ToString(CultureInfo.InvariantCulture), entries, note }.Select(Quote)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
