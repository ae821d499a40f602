using System.Globalization;
using Governance.Audit.Export;
using Governance.Ledger.Storage;

namespace Governance.Reporting.Audit;

/// <summary>The one-line results of the audit commands that write: export, link, push, pull, report.</summary>
public static class AuditLines
{
    /// <summary><c>wrote bundle.zip sha256:… (9 files, …)</c>, with the entry that records it when recorded.</summary>
    public static string Exported(string output, ExportResult result, long? recordedSeq)
    {
        ArgumentNullException.ThrowIfNull(result);
        var recorded = recordedSeq is { } seq ? "; recorded as entry " + seq.ToString(CultureInfo.InvariantCulture) : "";
        return $"wrote {output} {result.Digest} ({result.Files} files, {result.Entries} entries, {result.Decisions} decision attestations){recorded}";
    }

    /// <summary><c>linked origin at size N, root …; recorded as entry S</c>, or <c>FAILED: …</c> when the link was refused.</summary>
    public static string Linked(string origin, long size, string rootHex, long? previous, long? seq, string? problem) =>
        problem is not null
            ? "FAILED: " + problem
            : string.Create(CultureInfo.InvariantCulture,
                $"linked {origin} at size {size}, root {rootHex}{(previous is null ? "" : $" (consistent with entry {previous})")}; recorded as entry {seq}");

    /// <summary><c>pushed ledger at abcdef012345 to origin</c> (with how many entries were rebased), or that the ledger is empty.</summary>
    public static string Pushed(SyncResult result, string remote)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Tip is null
            ? "nothing to push: the ledger is empty"
            : $"pushed ledger at {result.Tip[..12]} to {remote}{(result.Rebased > 0 ? $" (rebased {result.Rebased} local entries onto the remote)" : "")}";
    }

    /// <summary><c>ledger at entry N</c>.</summary>
    public static string Pulled(long tipSeq) => $"ledger at entry {tipSeq}";

    /// <summary><c>wrote report.html: N entries, verdict intact</c>.</summary>
    public static string ReportWritten(string output, int entries, string verdict) => $"wrote {output}: {entries} entries, verdict {verdict}";
}
