using System.Diagnostics;
using System.Text;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Keys;

/// <summary>People sign DSSE statements with their own Ed25519 SSH key through stock ssh-keygen; verification is in process.</summary>
public sealed class SshKeygenSignerTests
{
    private static readonly byte[] Statement = Encoding.UTF8.GetBytes("""{"_type":"https://in-toto.io/Statement/v1","predicateType":"https://governance.dev/approval/v1"}""");

    [Fact]
    public void Sign_Ed25519KeyFile_VerifiesInProcessAndWithStockSshKeygen()
    {
        using var dir = new TempDirectory();
        var key = Keygen(dir, "id_ed25519");

        var envelope = new SshKeygenSigner(key).Sign(Dsse.InTotoPayloadType, Statement);

        var signature = Assert.Single(envelope.Signatures);
        var trusted = Ed25519PublicKey.Parse(File.ReadAllText(key + ".pub"));
        Assert.Equal(trusted.Fingerprint, signature.KeyId);
        Assert.True(SshDsse.VerifyEd25519(envelope, signature, trusted));
        var pae = dir.Write("pae.bin", Dsse.Pae(envelope.PayloadType, envelope.Payload.Span));
        var sig = dir.Write("sig", Armor(signature.Sig.ToArray()));
        var signers = dir.Write("allowed_signers", "alice@acme.example namespaces=\"governance-attestation\" " + File.ReadAllText(key + ".pub"));
        var stock = ProcessRunner.Run("ssh-keygen", ["-Y", "verify", "-f", signers, "-I", "alice@acme.example", "-n", "governance-attestation", "-s", sig], stdin: File.ReadAllBytes(pae));
        Assert.True(stock.ExitCode == 0, stock.StdErr + stock.StdOut);
    }

    [Fact]
    public void VerifyEd25519_EditedPayloadOtherKeyOrOtherNamespace_IsFalse()
    {
        using var dir = new TempDirectory();
        var key = Keygen(dir, "id_ed25519");
        var other = Ed25519PublicKey.Parse(File.ReadAllText(Keygen(dir, "other") + ".pub"));
        var trusted = Ed25519PublicKey.Parse(File.ReadAllText(key + ".pub"));
        var envelope = new SshKeygenSigner(key).Sign(Dsse.InTotoPayloadType, Statement);
        var signature = envelope.Signatures[0];

        var edited = envelope with { Payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Statement).Replace("approval", "waiver", StringComparison.Ordinal)) };
        Assert.False(SshDsse.VerifyEd25519(edited, signature, trusted));
        Assert.False(SshDsse.VerifyEd25519(envelope, signature, other));
        var gitNamespace = ProcessRunner.Run("ssh-keygen", ["-q", "-Y", "sign", "-n", "git", "-f", key], stdin: Dsse.Pae(envelope.PayloadType, envelope.Payload.Span)).EnsureSuccess("ssh-keygen -Y sign");
        Assert.False(SshDsse.VerifyEd25519(envelope, new DsseSignature("", SshsigEd25519.Dearmor(gitNamespace.StdOut)), trusted));
        Assert.False(SshDsse.VerifyEd25519(envelope, new DsseSignature("", new byte[70]), trusted));
    }

    [Fact]
    public void Sign_PublicKeyWithItsPrivateHalfInSshAgent_SignsThroughTheAgent()
    {
        using var dir = new TempDirectory();
        var key = Keygen(dir, "id_ed25519");
        var socket = Path.Combine(dir.Path, "agent.sock");
        using var agent = Process.Start(new ProcessStartInfo("ssh-agent", ["-D", "-a", socket]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            for (var i = 0; i < 100 && !File.Exists(socket); i++)
            {
                Thread.Sleep(50);
            }

            var env = new Dictionary<string, string> { ["SSH_AUTH_SOCK"] = socket };
            var added = ProcessRunner.Run("bash", ["-c", $"SSH_AUTH_SOCK='{socket}' ssh-add -q '{key}'"]);
            Assert.True(added.ExitCode == 0, added.StdErr);
            File.Delete(key);

            var envelope = new SshKeygenSigner(key + ".pub", env).Sign(Dsse.InTotoPayloadType, Statement);

            Assert.True(SshDsse.VerifyEd25519(envelope, envelope.Signatures[0], Ed25519PublicKey.Parse(File.ReadAllText(key + ".pub"))));
        }
        finally
        {
            agent.Kill();
        }
    }

    [Fact]
    public void Create_EcdsaPublicKey_SaysToUseKeyInstead()
    {
        using var dir = new TempDirectory();
        var key = dir.Path + "/id_ecdsa";
        ProcessRunner.Run("ssh-keygen", ["-q", "-t", "ecdsa", "-N", "", "-f", key]).EnsureSuccess("ssh-keygen");

        var ex = Assert.Throws<SigningKeyException>(() => new SshKeygenSigner(key));

        Assert.Contains("--ssh-key signs with Ed25519 keys", ex.Message, StringComparison.Ordinal);
    }

    private static string Keygen(TempDirectory dir, string name)
    {
        var path = Path.Combine(dir.Path, name);
        ProcessRunner.Run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "alice@acme.example", "-f", path]).EnsureSuccess("ssh-keygen");
        return path;
    }

    private static string Armor(byte[] blob)
    {
        var base64 = Convert.ToBase64String(blob);
        var text = new StringBuilder("-----BEGIN SSH SIGNATURE-----\n");
        for (var i = 0; i < base64.Length; i += 70)
        {
            text.Append(base64.AsSpan(i, Math.Min(70, base64.Length - i))).Append('\n');
        }

        return text.Append("-----END SSH SIGNATURE-----\n").ToString();
    }
}
