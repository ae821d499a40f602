using Governance.Testing.Git;

namespace Governance.Cli.Tests.Ledger;

/// <summary>A key --key cannot load gets a hint that works, not a bare refusal.</summary>
public sealed class KeyHintTests
{
    private const string Digest = Tests.Govern.Digest;

    [Fact]
    public void Record_OpenSshEcdsaKey_HintsAConversionThatThenLoads()
    {
        using var repo = LedgerRepo.Create();
        SshKeygen(repo, "ecdsa", "id_ecdsa");

        var refused = repo.Govern("record", "evaluation", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/id_ecdsa");

        Assert.Equal(2, refused.Exit);
        Assert.Contains("keys/id_ecdsa: an OpenSSH-format private key (ECDSA P-256); --key takes PKCS#8 PEM", refused.Error, StringComparison.Ordinal);
        Assert.Contains("ssh-keygen -p -N '' -m PKCS8 -f key.pem", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", refused.Error, StringComparison.Ordinal);

        // Follow the hint: the converted copy loads, and is then refused only for not being a trusted recorder (trust v2:
        // only a recorder key writes ledger commits), with the lines that make it one.
        File.Copy(Path.Combine(repo.Path, "keys", "id_ecdsa"), Path.Combine(repo.Path, "keys", "key.pem"));
        ProcessRunner.Run("ssh-keygen", ["-q", "-p", "-N", "", "-m", "PKCS8", "-f", "keys/key.pem"], repo.Path).EnsureSuccess("ssh-keygen -p");
        var converted = repo.Govern("record", "evaluation", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/key.pem");
        Assert.Equal(2, converted.Exit);
        Assert.Contains("keys/key.pem: untrusted-signer: key SHA256:", converted.Error, StringComparison.Ordinal);
        var publicKey = File.ReadAllText(Path.Combine(repo.Path, "keys", "id_ecdsa.pub")).Split(' ');
        var line = $"namespaces=\"git\" {publicKey[0]} {publicKey[1]}";
        Assert.Contains(line, converted.Error, StringComparison.Ordinal);

        // Trusting the converted key as a recorder on the trusted ref, as the hint says, makes the same command record.
        File.AppendAllText(Path.Combine(repo.Path, ".governance", "allowed_signers"), $"someone@acme.example {line}\n");
        File.AppendAllText(Path.Combine(repo.Path, ".governance", "principals.yaml"), "\n  someone@acme.example: { recorder: true }\n");
        repo.Repo.GitOut("commit", "-qam", "trust the converted recorder key");
        var recorded = repo.Govern("record", "evaluation", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/key.pem");
        Assert.True(recorded.Exit == 0, recorded.Error);
    }

    [Fact]
    public void Approve_OpenSshEd25519Key_SaysItCannotBeConvertedAndWhatToDo()
    {
        using var repo = LedgerRepo.Create();
        SshKeygen(repo, "ed25519", "id_ed25519");

        var result = repo.Govern("approve", "--model", "support-bot-v3", "--digest", Digest, "--key", "keys/id_ed25519");

        Assert.Equal(2, result.Exit);
        Assert.Contains("keys/id_ed25519: an OpenSSH ssh-ed25519 key", result.Error, StringComparison.Ordinal);
        Assert.Contains("govern keys generate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_PublicKeyGivenAsKey_SaysItIsThePublicHalf()
    {
        using var repo = LedgerRepo.Create();

        var result = repo.Govern("record", "evaluation", "--digest", Digest, "--metric", "accuracy", "--value", "0.9", "--key", "keys/recorder.pem.pub");

        Assert.Equal(2, result.Exit);
        Assert.Contains("keys/recorder.pem.pub: this is an OpenSSH public key; --key takes the private key", result.Error, StringComparison.Ordinal);
    }

    private static void SshKeygen(LedgerRepo repo, string type, string name) =>
        ProcessRunner.Run("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", "someone@acme.example", "-f", Path.Combine(repo.Path, "keys", name)]).EnsureSuccess("ssh-keygen");
}
