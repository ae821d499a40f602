using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Governance.Audit.Trail;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Audit.Bundles;

/// <summary>
/// Verifies an evidence bundle offline, in any directory: the manifest and its signature, the ledger (cloned from the
/// git bundle and checked by the same verifier as <c>govern audit verify</c>, under the bundled trust files), the
/// checkpoint, the inclusion proofs and the decision attestations.
/// </summary>
public static class BundleVerifier
{
    /// <summary>Verifies the bundle at <paramref name="path"/>.</summary>
    /// <param name="path">The bundle zip.</param>
    /// <param name="trustedCheckpointNote">A checkpoint note the auditor trusts, or null.</param>
    /// <param name="recordersOf">
    /// Reads the recorder principals from the bundled principals.yaml text (the second argument names the file for
    /// messages), with the same parser the CLI trusts; the bundled ledger and manifest count only if a recorder signed them.
    /// </param>
    public static BundleVerdict Verify(string path, string? trustedCheckpointNote, Func<string, string, IReadOnlyList<string>> recordersOf)
    {
        ArgumentNullException.ThrowIfNull(recordersOf);
        Dictionary<string, byte[]> files;
        string digest;
        try
        {
            digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            var (read, failure) = BundleFiles.Read(path);
            if (failure is not null)
            {
                return failure;
            }

            files = read;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new BundleVerdict(2, $"{path}: not a readable bundle: {ex.Message}");
        }

        var manifestFailure = CheckManifest(files);
        if (manifestFailure is not null)
        {
            return manifestFailure;
        }

        // Trust v2 holds in bundles too: the recorder role comes from the bundled principals.yaml (none: nobody records).
        var principals = files.TryGetValue(BundleLayout.Principals, out var p) ? Encoding.UTF8.GetString(p) : null;
        var trust = new AuditTrust(Encoding.UTF8.GetString(files[BundleLayout.AllowedSigners]), principals, BundleLayout.AllowedSigners, null,
            principals is null ? [] : recordersOf(principals, BundleLayout.Principals));
        var work = Directory.CreateTempSubdirectory("govern-bundle-");
        try
        {
            var ledger = LedgerCheck.Run(work.FullName, files, trust, trustedCheckpointNote);
            if (ledger.Failure is not null)
            {
                return ledger.Failure;
            }

            var snapshot = ledger.Snapshot!;
            var head = snapshot.Head!;
            var manifestSigner = ManifestSigner(files, trust, snapshot);
            if (manifestSigner is null)
            {
                return BundleVerdict.Fails(BundleLayout.ManifestSignature, "not a valid signature over MANIFEST by a trusted recorder key (namespace git)");
            }

            var contents = ContentCheck.Run(files, snapshot, trust);
            if (contents.Failure is not null)
            {
                return contents.Failure;
            }

            var headTime = snapshot.Entries[^1].Entry.Time;
            var checkpointSigner = trust.Store.AllKeys()
                .First(k => trust.Store.RecorderOf(k, headTime) is not null && CheckpointNote.Open(snapshot.HeadCheckpointNote!, [k]).Signer is not null);
            var signers = new[] { checkpointSigner.Fingerprint, manifestSigner }.Distinct(StringComparer.Ordinal).ToList();
            var message = string.Create(CultureInfo.InvariantCulture,
                $"intact: {head.Size} entries, root {Convert.ToHexStringLower(head.RootHash.Span)} ({head.Origin}); manifest ({files.Count - 2} files) signed by {manifestSigner}; {contents.Proofs} inclusion proofs, {contents.Attestations} decision attestations verified");
            if (trustedCheckpointNote is not null)
            {
                message += "\nconsistent with the trusted checkpoint";
            }

            return new BundleVerdict(0, message)
            {
                Digest = digest, Head = head, HeadNote = snapshot.HeadCheckpointNote, Signers = signers, Snapshot = snapshot, Trust = trust,
            };
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static BundleVerdict? CheckManifest(Dictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(BundleLayout.Manifest, out var manifestBytes))
        {
            return BundleVerdict.Fails(BundleLayout.Manifest, "missing");
        }

        IReadOnlyDictionary<string, string> manifest;
        try
        {
            manifest = BundleManifest.Parse(manifestBytes);
        }
        catch (FormatException ex)
        {
            return BundleVerdict.Fails(BundleLayout.Manifest, ex.Message);
        }

        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (name is BundleLayout.Manifest or BundleLayout.ManifestSignature)
            {
                continue;
            }

            if (!manifest.TryGetValue(name, out var expected))
            {
                return BundleVerdict.Fails(name, "not listed in MANIFEST");
            }

            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != expected)
            {
                return BundleVerdict.Fails(name, "SHA-256 differs from MANIFEST");
            }
        }

        foreach (var name in manifest.Keys.Append(BundleLayout.ManifestSignature).Append(BundleLayout.AllowedSigners).Append(BundleLayout.Ledger).Append(BundleLayout.Checkpoint))
        {
            if (!files.ContainsKey(name))
            {
                return BundleVerdict.Fails(name, "listed in MANIFEST (or required) but missing from the bundle");
            }
        }

        return null;
    }

    private static string? ManifestSigner(Dictionary<string, byte[]> files, AuditTrust trust, TrailSnapshot snapshot)
    {
        var armored = Encoding.UTF8.GetString(files[BundleLayout.ManifestSignature]);
        if (Sshsig.TryParseKey(armored) is not { } claimed || trust.Store.Resolve(claimed) is not { } key)
        {
            return null;
        }

        var time = snapshot.Entries[^1].Entry.Time;
        try
        {
            return trust.Store.RecorderOf(key, time) is not null
                && Sshsig.Verify(files[BundleLayout.Manifest], Sshsig.Parse(armored), TrustStore.GitNamespace, key) ? key.Fingerprint : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
