using System.Security.Cryptography;
using System.Text;
using Governance.Audit.Signing;
using Governance.Ledger.Keys;

namespace Governance.Audit.Tests.Signing;

public sealed class DeterministicSignerTests
{
    [Fact]
    public void SignData_Rfc6979SampleVector_GivesTheRfcSignature()
    {
        // RFC 6979 A.2.5: P-256, SHA-256, message "sample".
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            D = Convert.FromHexString("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"),
            Q = new ECPoint
            {
                X = Convert.FromHexString("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6"),
                Y = Convert.FromHexString("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299"),
            },
        });
        using var key = KeyPair.FromPem(ecdsa.ExportPkcs8PrivateKeyPem());

        var sig = new DeterministicSigner(key).SignData("sample"u8, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        Assert.Equal("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8", Convert.ToHexString(sig));
    }

    [Fact]
    public void SignData_SameMessageTwice_SameDerSignatureThatDotNetVerifies()
    {
        using var key = KeyPair.Generate();
        var signer = new DeterministicSigner(key);
        var message = Encoding.UTF8.GetBytes("DSSEv1 28 application/vnd.in-toto+json 2 {}");

        var first = signer.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var second = signer.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        Assert.Equal(first, second);
        Assert.True(key.PublicKey.VerifyData(message, first, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        Assert.False(key.PublicKey.VerifyData([.. message, 0], first, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }
}
