using Governance.Imports.LlmAuditTrail;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class LlmAuditTrailVerifierKeyTests
{
    private static readonly LlmAuditTrailVerifier Sha256 = new(LlmAuditTrailVerifyOptions.Sha256());
    private static readonly LlmAuditTrailVerifier Hmac = new(LlmAuditTrailVerifyOptions.HmacSha256(TrailFixtures.HmacKey));

    private static TrailFailed AssertFailed(TrailVerificationResult result, TrailFailureKind kind, int line)
    {
        var failed = Assert.IsType<TrailFailed>(result);
        Assert.Equal((kind, line), (failed.Kind, failed.LineNumber));
        return failed;
    }

    [Fact]
    public void Verify_KeyedTrailWithItsKeyAndAnchor_IsIntact()
    {
        var anchor = TrailAnchor.Parse(File.ReadAllText(TrailFixtures.PathOf("keyed.jsonl.anchor")));
        var verifier = new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.HmacSha256(TrailFixtures.HmacKey, anchor));

        var intact = Assert.IsType<TrailIntact>(verifier.VerifyFile(TrailFixtures.PathOf("keyed.jsonl")));
        Assert.Equal((13L, anchor.Hash), (intact.Records, intact.Head!.CurrHash));
    }

    [Fact]
    public void Verify_KeyedTrailWithWrongKey_FailsWithHmacMismatchOnLineOne()
    {
        var verifier = new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.HmacSha256("s3cret-key"u8.ToArray()));

        var failed = AssertFailed(verifier.VerifyFile(TrailFixtures.PathOf("keyed.jsonl")), TrailFailureKind.HmacMismatch, 1);
        Assert.Contains("key is wrong", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_KeyedTrailWhenSha256Expected_FailsAsAlgorithmMismatch() =>
        AssertFailed(Sha256.VerifyFile(TrailFixtures.PathOf("keyed.jsonl")), TrailFailureKind.AlgorithmMismatch, 1);

    [Fact]
    public void Verify_KeyedContentRechainedAsSha256_FailsAsDowngradeWhenHmacRequired()
    {
        // The reference verifier accepts this file even when it holds the key (reference §2.6, §2.12 j).
        Assert.IsType<TrailIntact>(Sha256.VerifyFile(TrailFixtures.PathOf("keyed-downgraded.jsonl")));

        var failed = AssertFailed(Hmac.VerifyFile(TrailFixtures.PathOf("keyed-downgraded.jsonl")), TrailFailureKind.AlgorithmDowngrade, 1);
        Assert.Contains("downgraded", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RecordSwitchingToSha256MidTrail_FailsAsDowngradeOnThatLine() =>
        AssertFailed(Hmac.VerifyFile(TrailFixtures.PathOf("alg-switch.jsonl")), TrailFailureKind.AlgorithmDowngrade, 4);

    [Fact]
    public void Verify_LegacyRecordsWhenHmacRequired_FailsAsDowngrade() =>
        AssertFailed(Hmac.VerifyFile(TrailFixtures.PathOf("legacy.jsonl")), TrailFailureKind.AlgorithmDowngrade, 1);

    [Fact]
    public void Verify_UnknownHashAlgorithm_FailsOnThatLine() =>
        AssertFailed(Sha256.VerifyFile(TrailFixtures.PathOf("unknown-alg.jsonl")), TrailFailureKind.UnknownHashAlgorithm, 3);

    [Fact]
    public void HmacSha256_EmptyKey_Throws() =>
        Assert.Throws<ArgumentException>(() => LlmAuditTrailVerifyOptions.HmacSha256(ReadOnlyMemory<byte>.Empty));
}
