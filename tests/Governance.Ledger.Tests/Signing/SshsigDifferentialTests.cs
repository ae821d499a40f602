using System.Security.Cryptography;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;
using Governance.Ledger.Tests.Keys;

namespace Governance.Ledger.Tests.Signing;

/// <summary>
/// <see cref="Sshsig.Verify"/> (signed data on the stack, SHA-256 then a hash verification) against the former path
/// kept here as the oracle: signed data built with <see cref="SshWireWriter"/> and <see cref="SshPublicKey.VerifyData"/>.
/// </summary>
public sealed class SshsigDifferentialTests
{
    [Theory]
    [InlineData(KeyAlgorithm.EcdsaP256, "sha512")]
    [InlineData(KeyAlgorithm.EcdsaP256, "sha256")]
    [InlineData(KeyAlgorithm.Rsa, "sha512")]
    [InlineData(KeyAlgorithm.Rsa, "sha256")]
    public void Verify_SignaturesAndTamperedVariants_SameDecisionsAsFormerPath(KeyAlgorithm algorithm, string hash)
    {
        var random = new Random(42);
        var longNamespace = new string('n', 300);
        using var signer = KeyPair.Generate(algorithm);
        using var stranger = KeyPair.Generate(algorithm);
        var verdicts = new List<bool>();
        for (var m = 0; m < (algorithm == KeyAlgorithm.Rsa ? 2 : 8); m++)
        {
            var message = new byte[random.Next(0, 2000)];
            random.NextBytes(message);
            foreach (var ns in new[] { "git", "file", longNamespace, "ünï" })
            {
                var sig = Sshsig.Parse(Sshsig.Sign(message, signer, ns, hash));
                var raw = sig.RawSignature.ToArray();
                var variants = new List<(string, byte[], SshsigSignature, string, SshPublicKey?)>
                {
                    ("valid", message, sig, ns, null),
                    ("valid, trusted key", message, sig, ns, signer.PublicKey),
                    ("other trusted key", message, sig, ns, stranger.PublicKey),
                    ("other namespace", message, sig, ns + "x", null),
                    ("message bit flipped", message.Length == 0 ? [1] : P256Mutations.Flip(message, random.Next(0, message.Length * 8)), sig, ns, null),
                    ("other hash named", message, sig with { HashAlgorithm = hash == "sha512" ? "sha256" : "sha512" }, ns, null),
                    ("unknown hash", message, sig with { HashAlgorithm = "sha1" }, ns, null),
                    ("other signature algorithm", message, sig with { SignatureAlgorithm = algorithm == KeyAlgorithm.Rsa ? "rsa-sha2-256" : "rsa-sha2-512" }, ns, null),
                    ("signature bit flipped", message, sig with { RawSignature = P256Mutations.Flip(raw, random.Next(0, raw.Length * 8)) }, ns, null),
                };
                if (algorithm == KeyAlgorithm.EcdsaP256)
                {
                    variants.AddRange(P256Mutations.Of(raw, random).Select(v => ("P-256 " + v.Name, message, sig with { RawSignature = v.Signature }, ns, (SshPublicKey?)null)));
                }

                foreach (var (name, data, candidate, expectedNs, trusted) in variants)
                {
                    var expected = FormerVerify(data, candidate, expectedNs, trusted);
                    verdicts.Add(expected);
                    Assert.True(expected == Sshsig.Verify(data, candidate, expectedNs, trusted), $"'{name}' in namespace '{expectedNs[..Math.Min(8, expectedNs.Length)]}' decided differently");
                }
            }
        }

        Assert.Contains(true, verdicts);
        Assert.Contains(false, verdicts);
    }

    /// <summary>Sshsig.Verify as it was before the signed data moved to the stack.</summary>
    private static bool FormerVerify(ReadOnlySpan<byte> message, SshsigSignature signature, string expectedNamespace, SshPublicKey? trustedKey)
    {
        if (signature.Namespace != expectedNamespace || signature.HashAlgorithm is not ("sha256" or "sha512"))
        {
            return false;
        }

        if (trustedKey is not null && !trustedKey.Equals(signature.PublicKey))
        {
            return false;
        }

        var digest = signature.HashAlgorithm == "sha512" ? SHA512.HashData(message) : SHA256.HashData(message);
        var signedData = new SshWireWriter().Raw("SSHSIG"u8).String(expectedNamespace).String(ReadOnlySpan<byte>.Empty)
            .String(signature.HashAlgorithm).String(digest).ToArray();
        var key = trustedKey ?? signature.PublicKey;
        return key.Algorithm == KeyAlgorithm.EcdsaP256
            ? signature.SignatureAlgorithm == SshPublicKey.EcdsaP256Type
              && key.VerifyData(signedData, signature.RawSignature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            : signature.SignatureAlgorithm switch
            {
                "rsa-sha2-512" => key.VerifyData(signedData, signature.RawSignature.Span, HashAlgorithmName.SHA512, default),
                "rsa-sha2-256" => key.VerifyData(signedData, signature.RawSignature.Span, HashAlgorithmName.SHA256, default),
                _ => false,
            };
    }
}
