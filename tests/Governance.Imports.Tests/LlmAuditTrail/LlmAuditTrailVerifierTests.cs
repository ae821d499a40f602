using Governance.Imports.LlmAuditTrail;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class LlmAuditTrailVerifierTests
{
    private static readonly LlmAuditTrailVerifier Sha256 = new(LlmAuditTrailVerifyOptions.Sha256());

    private static TrailVerificationResult VerifyText(string text, LlmAuditTrailVerifier? verifier = null) =>
        (verifier ?? Sha256).Verify(TrailFixtures.Stream(text));

    private static TrailFailed AssertFailed(TrailVerificationResult result, TrailFailureKind kind, int line)
    {
        var failed = Assert.IsType<TrailFailed>(result);
        Assert.Equal((kind, line), (failed.Kind, failed.LineNumber));
        return failed;
    }

    [Fact]
    public void VerifyFile_IntactTrail_IsIntactWithItsHead()
    {
        var anchor = TrailAnchor.Parse(File.ReadAllText(TrailFixtures.PathOf("intact.jsonl.anchor")));

        var result = Sha256.VerifyFile(TrailFixtures.PathOf("intact.jsonl"));

        var intact = Assert.IsType<TrailIntact>(result);
        Assert.Equal(13, intact.Records);
        Assert.Equal(new TrailHead(12, anchor.Hash, "2026-02-13T10:12:24.123468Z"), intact.Head);
    }

    [Fact]
    public void Verify_LineReserialisedWithSpacesAndOtherKeyOrder_StillIntactLikeTheReference()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[1] = "{ \"seq\" : 1 , " + lines[1][1..].Replace("\"seq\":1,", "", StringComparison.Ordinal);

        Assert.IsType<TrailIntact>(VerifyText(TrailFixtures.Text(lines)));
    }

    [Fact]
    public void Verify_EditedMetricValue_FailsWithHashMismatchOnThatLine()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[4] = lines[4].Replace("\"eval_accuracy\":0.874", "\"eval_accuracy\":0.974", StringComparison.Ordinal);

        var failed = AssertFailed(VerifyText(TrailFixtures.Text(lines)), TrailFailureKind.HashMismatch, 5);
        Assert.Contains("modified after it was written", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FloatRewrittenInAnotherSpelling_StillIntactBecauseHashedSemantically()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[2] = lines[2].Replace("\"learning_rate\":2e-05", "\"learning_rate\":0.00002", StringComparison.Ordinal);

        Assert.IsType<TrailIntact>(VerifyText(TrailFixtures.Text(lines)));
    }

    [Fact]
    public void Verify_IntegerRewrittenAsFloat_FailsBecausePythonHashesTheType()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[2] = lines[2].Replace("\"seed\":42", "\"seed\":42.0", StringComparison.Ordinal);

        AssertFailed(VerifyText(TrailFixtures.Text(lines)), TrailFailureKind.HashMismatch, 3);
    }

    [Fact]
    public void Verify_DeletedMiddleRecord_FailsWithBrokenLinkWhereItWas()
    {
        var lines = TrailFixtures.Lines("intact.jsonl").ToList();
        lines.RemoveAt(3);

        var failed = AssertFailed(VerifyText(TrailFixtures.Text([.. lines])), TrailFailureKind.BrokenLink, 4);
        Assert.Contains("deleted", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedFirstRecord_FailsOnLineOne() =>
        AssertFailed(VerifyText(TrailFixtures.Text(TrailFixtures.Lines("intact.jsonl")[1..])), TrailFailureKind.BrokenLink, 1);

    [Fact]
    public void Verify_SwappedRecords_FailsAsReorderedNamingTheLaterLine()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        (lines[2], lines[3]) = (lines[3], lines[2]);

        var failed = AssertFailed(VerifyText(TrailFixtures.Text(lines)), TrailFailureKind.Reordered, 3);
        Assert.Contains("line 4", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SecondTrailAppended_FailsWhereTheNewGenesisStarts()
    {
        var text = TrailFixtures.Text([.. TrailFixtures.Lines("intact.jsonl"), .. TrailFixtures.Lines("legacy.jsonl")]);

        var failed = AssertFailed(VerifyText(text), TrailFailureKind.BrokenLink, 14);
        Assert.Contains("new chain", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TruncatedWithoutAnchor_IsIntactWhichIsTheReferenceWeakness()
    {
        var intact = Assert.IsType<TrailIntact>(VerifyText(TrailFixtures.Text(TrailFixtures.Lines("intact.jsonl")[..^2])));

        Assert.Equal(10, intact.Head!.Seq);
    }

    [Fact]
    public void Verify_TruncatedWithAnchor_FailsAsTruncated()
    {
        var anchor = TrailAnchor.Parse(File.ReadAllText(TrailFixtures.PathOf("intact.jsonl.anchor")));
        var verifier = new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.Sha256(anchor));

        var failed = AssertFailed(VerifyText(TrailFixtures.Text(TrailFixtures.Lines("intact.jsonl")[..^2]), verifier), TrailFailureKind.Truncated, 11);
        Assert.Contains("seq 12", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_GrownPastAnchor_IsIntact()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        var anchor = new TrailAnchor(5, PyJson.Parse(lines[5])["curr_hash"]!.String!);

        Assert.IsType<TrailIntact>(new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.Sha256(anchor)).VerifyFile(TrailFixtures.PathOf("intact.jsonl")));
    }

    [Fact]
    public void Verify_AnchorHashDiffers_FailsAsAnchorMismatchAtTheAnchoredRecord()
    {
        var verifier = new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.Sha256(new TrailAnchor(5, new string('0', 64))));

        AssertFailed(verifier.VerifyFile(TrailFixtures.PathOf("intact.jsonl")), TrailFailureKind.AnchorMismatch, 6);
    }

    [Fact]
    public void Verify_EmptyTrail_IsIntactWithoutHead() =>
        Assert.Equal(new TrailIntact(0, null), VerifyText("\n\n"));

    [Fact]
    public void Verify_EmptyTrailWithAnchor_FailsAsTruncated() =>
        AssertFailed(VerifyText("", new LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions.Sha256(new TrailAnchor(0, "x")))), TrailFailureKind.Truncated, 1);
}
