using System.Text;
using Governance.Audit.Bundles;
using Governance.Ledger.Storage;

namespace Governance.Audit.Export;

/// <summary>
/// The ledger as a version-2 git bundle of <c>refs/governance/ledger</c>, packed by stock git with one thread and no
/// reuse of existing deltas or objects, so the same history gives the same bytes however the repository is packed.
/// </summary>
public static class LedgerBundle
{
    /// <summary>Creates the bundle bytes for the ledger ref of <paramref name="repository"/>, whose tip is <paramref name="tip"/>.</summary>
    public static byte[] Create(string repository, string tip)
    {
        var objects = GitProcess.Run(repository, null, "rev-list", "--objects", "--end-of-options", tip);
        var pack = GitProcess.Run(repository, objects, "-c", "pack.threads=1", "pack-objects", "--stdout", "-q", "--threads=1",
            "--no-reuse-delta", "--no-reuse-object", "--window=10", "--depth=50", "--delta-base-offset");
        var header = Encoding.ASCII.GetBytes($"# v2 git bundle\n{tip} {LedgerLayout.Ref}\n\n");
        return [.. header, .. pack];
    }
}
