using System.Text;
using Governance.Audit.Bundles;
using Governance.Audit.Signing;
using Governance.Audit.Tests.Support;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Trust;

namespace Governance.Audit.Tests.Bundles;

/// <summary>Trust v2 inside a bundle: the bundled principals.yaml, not the key's namespaces, decides who records.</summary>
public sealed class BundleRoleTests(ExportedBundle exported) : IClassFixture<ExportedBundle>
{
    [Fact]
    public void VerifyBundle_BundledPrincipalsNameNoRecorder_ExitsOneUntrustedSigner()
    {
        // Everything re-hashed and re-signed by the same git-namespace key; only its recorder role is gone.
        var result = Resigned("principals:\n  recorder@acme.example: { teams: [acme/ml-governance] }\n  alice@acme.example: { teams: [acme/ml-governance] }\n");

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("FAILED: ledger.bundle", result.Output, StringComparison.Ordinal);
        Assert.Contains("untrusted-signer", result.Output, StringComparison.Ordinal);
        Assert.Contains("not a recorder", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_PrincipalsYamlRemovedAndManifestResigned_ExitsOne()
    {
        var result = Resigned(null);

        Assert.Equal(1, result.Exit);
        Assert.Contains("untrusted-signer", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyBundle_SameEditKeepingTheRecorder_ExitsZero()
    {
        // The control: re-signing itself is not what fails the two tests above.
        var result = Resigned("principals:\n  recorder@acme.example: { recorder: true }\n");

        Assert.True(result.Exit == 0, result.Output + result.Error);
    }

    private GovernResult Resigned(string? principals)
    {
        var files = ZipEdit.Read(exported.Zip);
        files.Remove(BundleLayout.Manifest);
        files.Remove(BundleLayout.ManifestSignature);
        if (principals is null)
        {
            files.Remove(BundleLayout.Principals);
        }
        else
        {
            files[BundleLayout.Principals] = Encoding.UTF8.GetBytes(principals);
        }

        var manifest = BundleManifest.Format(files);
        using var key = KeyPair.FromPem(File.ReadAllText(exported.Repo.File_("keys/recorder.pem")));
        files[BundleLayout.Manifest] = manifest;
        files[BundleLayout.ManifestSignature] = Encoding.ASCII.GetBytes(Sshsig.Sign(manifest, new DeterministicSigner(key), TrustStore.GitNamespace));
        var target = exported.Repo.File_($"roles-{Guid.NewGuid():N}.zip");
        ZipEdit.Write(target, files);
        return exported.Repo.Govern("audit", "verify-bundle", target);
    }
}
