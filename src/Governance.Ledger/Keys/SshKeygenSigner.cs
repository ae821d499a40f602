using System.Diagnostics;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Keys;

/// <summary>
/// Signs DSSE statements with the SSH key a person already has, through stock <c>ssh-keygen -Y sign</c>: a private key
/// file (<c>~/.ssh/id_ed25519</c>, asking for its passphrase as ssh-keygen does), or a <c>.pub</c> whose private half is
/// in ssh-agent or on a hardware key (<c>SSH_AUTH_SOCK</c>). The private key never enters this process.
/// </summary>
public sealed class SshKeygenSigner
{
    private readonly string _keyPath;
    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <summary>Creates a signer for <paramref name="keyPath"/> (private key, or <c>.pub</c> for the agent).</summary>
    public SshKeygenSigner(string keyPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        _keyPath = keyPath;
        _environment = environment ?? new Dictionary<string, string>();
        var publicPath = keyPath.EndsWith(".pub", StringComparison.Ordinal) ? keyPath : keyPath + ".pub";
        if (!File.Exists(publicPath))
        {
            throw new SigningKeyException($"{publicPath}: public key not found (ssh-keygen -y -f {keyPath} > {publicPath} writes it)");
        }

        PublicKeyLine = File.ReadAllText(publicPath).Trim();
        PublicKey = PublicKeyLine.StartsWith(Ed25519PublicKey.KeyType + " ", StringComparison.Ordinal) ? Ed25519PublicKey.Parse(PublicKeyLine)
            : throw new SigningKeyException($"{publicPath}: --ssh-key signs with Ed25519 keys; for ECDSA P-256 keys convert the private key and pass --key (see govern keys --help)");
    }

    /// <summary>The signer's public key.</summary>
    public Ed25519PublicKey PublicKey { get; }

    /// <summary>The OpenSSH public key line (for an <c>allowed_signers</c> entry).</summary>
    public string PublicKeyLine { get; }

    /// <summary>Signs the envelope's PAE in namespace <c>governance-attestation</c> and returns the envelope with the signature added.</summary>
    public DsseEnvelope Sign(string payloadType, ReadOnlySpan<byte> payload)
    {
        var pae = Dsse.Pae(payloadType, payload);
        var blob = SshsigEd25519.Dearmor(Run(pae));
        if (!SshsigEd25519.Verify(pae, blob, SshDsse.Namespace, PublicKey))
        {
            throw new SigningKeyException($"{_keyPath}: ssh-keygen produced a signature that does not verify with {PublicKey.Fingerprint}; is the agent holding another key?");
        }

        return new DsseEnvelope(payloadType, payload.ToArray(), [new DsseSignature(PublicKey.Fingerprint, blob)]);
    }

    private string Run(byte[] message)
    {
        var psi = new ProcessStartInfo("ssh-keygen") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-q", "-Y", "sign", "-n", SshDsse.Namespace, "-f", _keyPath])
        {
            psi.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            psi.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new SigningKeyException("ssh-keygen could not be started");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new SigningKeyException("ssh-keygen (OpenSSH 8.2 or later) is needed to sign with an SSH key: " + ex.Message);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.BaseStream.Write(message);
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new SigningKeyException("ssh-keygen -Y sign did not finish in 2 minutes (waiting for a passphrase or a hardware key touch?)");
            }

            return process.ExitCode == 0 ? stdout.Result
                : throw new SigningKeyException($"{_keyPath}: ssh-keygen -Y sign failed ({process.ExitCode}): {stderr.Result.Trim()}");
        }
    }
}
