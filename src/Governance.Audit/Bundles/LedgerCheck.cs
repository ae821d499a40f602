using System.Text;
using Governance.Audit.Trail;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Verification;

namespace Governance.Audit.Bundles;

/// <summary>Clones the bundled ledger with stock git into a scratch repository and runs the ledger verifier on it.</summary>
internal static class LedgerCheck
{
    public static (BundleVerdict? Failure, TrailSnapshot? Snapshot) Run(string work, Dictionary<string, byte[]> files, AuditTrust trust, string? trustedNote)
    {
        if (trustedNote is not null)
        {
            try
            {
                CheckpointNote.Open(trustedNote, []);
            }
            catch (FormatException ex)
            {
                return (new BundleVerdict(2, "the trusted checkpoint is malformed: " + ex.Message), null);
            }

            if (TrailVerification.OpenCheckpoint(trustedNote, trust) is null)
            {
                return (BundleVerdict.Fails(BundleLayout.AllowedSigners, "no bundled key signed the trusted checkpoint: the trust files are not the ones the checkpoint came from"), null);
            }
        }

        var bundle = Path.Combine(work, BundleLayout.Ledger);
        File.WriteAllBytes(bundle, files[BundleLayout.Ledger]);
        var repo = Path.Combine(work, "ledger.git");
        try
        {
            GitProcess.Run(work, null, "init", "-q", "--bare", repo);
            GitProcess.Run(repo, null, "bundle", "verify", "-q", bundle);
            GitProcess.Run(repo, null, "fetch", "-q", "--no-write-fetch-head", bundle, "refs/governance/ledger:refs/governance/ledger");
        }
        catch (IOException ex)
        {
            return (BundleVerdict.Fails(BundleLayout.Ledger, "not a git bundle of refs/governance/ledger: " + ex.Message), null);
        }

        switch (TrailVerification.Verify(repo, trust, trustedNote))
        {
            case VerificationResult.Tampered t:
                return (BundleVerdict.Fails(BundleLayout.Ledger, $"{TrailVerification.KindName(t.Kind)}: {t.Message}", t.Seq), null);
            case VerificationResult.CouldNotVerify c:
                return (new BundleVerdict(2, $"{BundleLayout.Ledger}: could not verify: {c.Message}", BundleLayout.Ledger), null);
        }

        TrailSnapshot snapshot;
        try
        {
            snapshot = TrailSnapshot.Read(repo);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex.GetType().Namespace == "LibGit2Sharp")
        {
            return (BundleVerdict.Fails(BundleLayout.Ledger, ex.Message), null);
        }

        if (snapshot.HeadCheckpointNote is null)
        {
            return (BundleVerdict.Fails(BundleLayout.Ledger, "the ledger is empty"), null);
        }

        return Encoding.UTF8.GetString(files[BundleLayout.Checkpoint]) != snapshot.HeadCheckpointNote
            ? (BundleVerdict.Fails(BundleLayout.Checkpoint, "is not the checkpoint at the head of the bundled ledger"), null)
            : (null, snapshot);
    }
}
