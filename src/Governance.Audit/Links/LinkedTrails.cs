using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Governance.Audit.Bundles;
using Governance.Audit.Report;
using Governance.Ledger.Entries;
using Governance.Ledger.Merkle;

namespace Governance.Audit.Links;

/// <summary>
/// Linked trails: the <c>trail.linked</c> entries of our ledger, and their ledgers kept under
/// <c>refs/governance/linked/&lt;id&gt;</c> so lineage can follow a base model into them. A linked trail is read only up
/// to the size we linked and only when its entries hash to the root our signed entry pinned.
/// </summary>
public static class LinkedTrails
{
    /// <summary>The ref prefix.</summary>
    public const string RefPrefix = "refs/governance/linked/";

    /// <summary>The ref a linked origin is kept under.</summary>
    public static string RefOf(string origin) =>
        RefPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin)))[..16];

    /// <summary>The linked checkpoints recorded in <paramref name="entries"/>, oldest first.</summary>
    public static IReadOnlyList<LinkedCheckpoint> Read(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(e => e.Type == EntryTypes.TrailLinked)
            .Select(e => new LinkedCheckpoint(e.Seq, EntryFacts.Str(e.Payload["origin"]) ?? "", e.Payload["size"]!.GetValue<long>(), EntryFacts.Str(e.Payload["root"]) ?? ""))
            .ToList();
    }

    /// <summary>Fetches the ledger of a verified bundle into the linked ref of <paramref name="origin"/>.</summary>
    public static void Store(string repository, string bundleZip, string origin)
    {
        var work = Directory.CreateTempSubdirectory("govern-link-");
        try
        {
            var path = Path.Combine(work.FullName, BundleLayout.Ledger);
            using (var zip = ZipFile.OpenRead(bundleZip))
            {
                zip.GetEntry(BundleLayout.Ledger)!.ExtractToFile(path);
            }

            GitProcess.Run(repository, null, "fetch", "-q", "--no-write-fetch-head", path, $"+refs/governance/ledger:{RefOf(origin)}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The entries of a linked trail up to the linked size, or null when they are missing or do not match the pinned root.</summary>
    public static IReadOnlyList<LedgerEntry>? Load(string repository, LinkedCheckpoint link)
    {
        ArgumentNullException.ThrowIfNull(link);
        try
        {
            var commits = GitProcess.Text(repository, "rev-list", "--first-parent", "--reverse", "--end-of-options", RefOf(link.Origin))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(checked((int)link.Size)).ToList();
            var batch = GitProcess.Run(repository, Encoding.ASCII.GetBytes(string.Concat(commits.Select(c => c + ":" + "entry.json\n"))), "cat-file", "--batch");
            var entries = new List<LedgerEntry>();
            var range = new CompactRange();
            var at = 0;
            foreach (var _ in commits)
            {
                var nl = Array.IndexOf(batch, (byte)'\n', at);
                var header = Encoding.ASCII.GetString(batch, at, nl - at).Split(' ');
                var length = int.Parse(header[2], CultureInfo.InvariantCulture);
                var entry = LedgerEntry.Parse(batch.AsMemory(nl + 1, length));
                range.AppendData(entry.CanonicalBytes.Span);
                entries.Add(entry);
                at = nl + 1 + length + 1;
            }

            return entries.Count == link.Size && Convert.ToHexStringLower(range.Root()) == link.RootHex ? entries : null;
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return null;
        }
    }
}
