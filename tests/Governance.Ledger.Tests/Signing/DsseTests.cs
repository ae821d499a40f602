using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Tests.Signing;

public sealed class DsseTests
{
    [Fact]
    public void Pae_ReferenceVectors_MatchExactly()
    {
        Assert.Equal("DSSEv1 29 http://example.com/HelloWorld 11 hello world", Encoding.UTF8.GetString(Dsse.Pae("http://example.com/HelloWorld", "hello world"u8)));
        Assert.Equal(
            "445353457631203238206170706c69636174696f6e2f766e642e696e2d746f746f2b6a736f6e203433207b225f74797065223a2268747470733a2f2f696e2d746f746f2e696f2f53746174656d656e742f7631227d",
            Convert.ToHexStringLower(Dsse.Pae("application/vnd.in-toto+json", """{"_type":"https://in-toto.io/Statement/v1"}"""u8)));
        Assert.EndsWith("2b6a736f6e203020", Convert.ToHexStringLower(Dsse.Pae("application/vnd.in-toto+json", [])), StringComparison.Ordinal);
        Assert.StartsWith("DSSEv1 29 ", Encoding.UTF8.GetString(Dsse.Pae("application/vnd.exämple+json", [])), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_InTotoStatement_VerifiesWithTrustedKeyAndDerSignature()
    {
        using var key = KeyPair.Generate();
        var statement = new InTotoStatement([new InTotoSubject("model", new string('a', 64))], "https://governance.dev/approval/v1", new JsonObject { ["approver"] = "alice" });
        var envelope = DsseEnvelope.Parse(Dsse.Sign(Dsse.InTotoPayloadType, statement.ToJson(), key).ToJson());

        Assert.Equal([key.PublicKey], Dsse.VerifiedKeys(envelope, [key.PublicKey]));
        Assert.Equal(key.PublicKey.Fingerprint, envelope.Signatures[0].KeyId);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey.ExportSubjectPublicKeyInfo(), out _);
        Assert.True(ecdsa.VerifyData(Dsse.Pae(envelope.PayloadType, envelope.Payload.Span), envelope.Signatures[0].Sig.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        var parsed = InTotoStatement.Parse(envelope.Payload.Span);
        Assert.Equal("https://governance.dev/approval/v1", parsed.PredicateType);
        Assert.Equal(new string('a', 64), parsed.Subjects[0].Sha256);
    }

    [Fact]
    public void VerifiedKeys_UntrustedKeySwappedTypeOrTamperedPayload_Empty()
    {
        using var key = KeyPair.Generate();
        using var other = KeyPair.Generate();
        var envelope = Dsse.Sign(Dsse.InTotoPayloadType, "{}"u8, key);
        Assert.Empty(Dsse.VerifiedKeys(envelope, [other.PublicKey]));
        Assert.Empty(Dsse.VerifiedKeys(envelope with { PayloadType = "application/json" }, [key.PublicKey], "application/json"));
        Assert.Empty(Dsse.VerifiedKeys(envelope with { Payload = "{ }"u8.ToArray() }, [key.PublicKey]));
        var otherType = Dsse.Sign("text/plain", "{}"u8, key);
        Assert.Empty(Dsse.VerifiedKeys(otherType, [key.PublicKey]));
    }

    [Fact]
    public void VerifiedKeys_SameKeySigningTwice_CountsOnce()
    {
        using var key = KeyPair.Generate();
        using var second = KeyPair.Generate();
        var envelope = Dsse.AddSignature(Dsse.Sign(Dsse.InTotoPayloadType, "{}"u8, key), key);
        Assert.Single(Dsse.VerifiedKeys(envelope, [key.PublicKey, second.PublicKey]));
        Assert.Equal(2, Dsse.VerifiedKeys(Dsse.AddSignature(envelope, second), [key.PublicKey, second.PublicKey]).Count);
    }

    [Fact]
    public void Parse_UrlSafeBase64_Accepted()
    {
        using var key = KeyPair.Generate();
        var envelope = Dsse.Sign(Dsse.InTotoPayloadType, Enumerable.Range(0, 300).Select(i => (byte)i).ToArray(), key);
        var json = Encoding.UTF8.GetString(envelope.ToJson()).Replace('+', '-').Replace('/', '_');
        var parsed = DsseEnvelope.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Equal(envelope.Payload.ToArray(), parsed.Payload.ToArray());
    }
}
