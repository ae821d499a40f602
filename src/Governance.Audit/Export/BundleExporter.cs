using System.Security.Cryptography;
using System.Text;
using Governance.Audit.Bundles;
using Governance.Audit.Controls;
using Governance.Audit.Report;
using Governance.Ledger.Entries;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Audit.Export;

/// <summary>
/// Builds the reproducible evidence bundle (docs/auditor.md): everything in it is a function of the ledger state, the
/// trust files and the recorder key, and the signatures are deterministic, so the same state gives the same bytes.
/// </summary>
public static class BundleExporter
{
    /// <summary>Exports the ledger of <paramref name="repository"/>; the ledger must have verified intact.</summary>
    /// <exception cref="InvalidOperationException">The ledger is empty or did not verify intact.</exception>
    public static ExportResult Export(string repository, ReportInput input, ISigner recorder)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(recorder);
        var snapshot = input.Snapshot;
        if (input.Verification is not VerificationResult.Intact || snapshot.Head is not { } head || snapshot.HeadCheckpointNote is not { } note || snapshot.HeadCommit is not { } tip)
        {
            throw new InvalidOperationException("only an intact, non-empty ledger can be exported; run 'govern audit verify'");
        }

        // Trust v2: only a recorder (principals.yaml recorder: true, allowed namespace git) signs the manifest, as it signs the ledger.
        var principal = input.Trust.Store.RecorderOf(recorder.PublicKey, snapshot.Entries[^1].Entry.Time)
            ?? throw new InvalidOperationException($"key {recorder.PublicKey.Fingerprint} is not a recorder's in {input.Trust.Source}: only a principal with 'recorder: true' in principals.yaml and namespace \"git\" in allowed_signers signs a bundle");
        var exported = ExportScope.Select(snapshot, input.Options);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [BundleLayout.Ledger] = LedgerBundle.Create(repository, tip),
            [BundleLayout.AllowedSigners] = Encoding.UTF8.GetBytes(input.Trust.AllowedSigners),
            [BundleLayout.TrustSource] = Encoding.UTF8.GetBytes($"source {input.Trust.Source}\ncommit {input.Trust.Commit ?? "none (explicit files)"}\n"),
            ["trust/recorder.pub"] = Encoding.UTF8.GetBytes(recorder.PublicKey.ToOpenSsh(principal) + "\n"),
            [BundleLayout.Checkpoint] = Encoding.UTF8.GetBytes(note),
            [BundleLayout.Proofs] = InclusionProofs.Format(snapshot.Entries, exported.TakeLast(InclusionProofs.Limit)),
            [BundleLayout.Controls] = ControlsCsv.Format(exported, intact: true),
        };
        if (input.Trust.Principals is { } principals)
        {
            files[BundleLayout.Principals] = Encoding.UTF8.GetBytes(principals);
        }

        string? example = null;
        var decisions = 0;
        foreach (var decision in exported.Where(e => e.Entry.Type == EntryTypes.DecisionRecorded))
        {
            example = BundleLayout.AttestationOf(decision.Entry.Seq);
            files[example] = DecisionAttestation.Envelope(decision, head.Origin, recorder);
            decisions++;
        }

        using (var report = new StringWriter())
        {
            AuditReport.Write(report, input);
            files[BundleLayout.Report] = new UTF8Encoding(false).GetBytes(report.ToString());
        }

        files[BundleLayout.Readme] = BundleReadme.Format(principal, head.Origin, head.Size, Convert.ToHexStringLower(head.RootHash.Span), example);
        var manifest = BundleManifest.Format(files);
        files[BundleLayout.Manifest] = manifest;
        files[BundleLayout.ManifestSignature] = Encoding.ASCII.GetBytes(Sshsig.Sign(manifest, recorder, TrustStore.GitNamespace));
        var zip = DeterministicZip.Write(files);
        return new ExportResult(zip, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(zip)), files.Count, exported.Count, decisions);
    }
}
