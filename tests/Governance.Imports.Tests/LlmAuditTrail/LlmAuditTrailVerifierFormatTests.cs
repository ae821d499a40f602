using System.Text;
using Governance.Imports.LlmAuditTrail;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.Tests.LlmAuditTrail;

public sealed class LlmAuditTrailVerifierFormatTests
{
    private static readonly LlmAuditTrailVerifier Sha256 = new(LlmAuditTrailVerifyOptions.Sha256());

    private static TrailFailed AssertFailed(TrailVerificationResult result, TrailFailureKind kind, int line)
    {
        var failed = Assert.IsType<TrailFailed>(result);
        Assert.Equal((kind, line), (failed.Kind, failed.LineNumber));
        return failed;
    }

    [Fact]
    public void Verify_LegacyRecordsWithoutSeqOrHashAlg_IsIntactWithoutHeadSeq()
    {
        var intact = Assert.IsType<TrailIntact>(Sha256.VerifyFile(TrailFixtures.PathOf("legacy.jsonl")));

        Assert.Equal((4L, (long?)null, "2025-06-04T08:00:03Z"), (intact.Records, intact.Head!.Seq, intact.Head.Timestamp));
    }

    [Fact]
    public void Verify_LegacyThenCurrentRecords_IsIntactWithSeqRestartingAtZero()
    {
        var intact = Assert.IsType<TrailIntact>(Sha256.VerifyFile(TrailFixtures.PathOf("legacy-then-current.jsonl")));

        Assert.Equal((6L, (long?)2), (intact.Records, intact.Head!.Seq));
    }

    [Fact]
    public void Verify_SeqJumpWithValidHashes_FailsAsSequenceGap()
    {
        var failed = AssertFailed(Sha256.VerifyFile(TrailFixtures.PathOf("seq-gap.jsonl")), TrailFailureKind.SequenceGap, 4);

        Assert.Contains("expected seq 3", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_BlankLines_AreSkippedButCounted()
    {
        var lines = TrailFixtures.Lines("intact.jsonl").ToList();
        lines[3] = lines[3].Replace("\"loss\":0.4321", "\"loss\":0.1", StringComparison.Ordinal);
        lines.Insert(1, "");
        lines.Insert(1, "   ");

        AssertFailed(Sha256.Verify(TrailFixtures.Stream(TrailFixtures.Text([.. lines]))), TrailFailureKind.HashMismatch, 6);
    }

    [Fact]
    public void Verify_MalformedJson_ReportsLineAndColumn()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        lines[1] = "{\"actor\": \"x\", oops}";

        var failed = AssertFailed(Sha256.Verify(TrailFixtures.Stream(TrailFixtures.Text(lines))), TrailFailureKind.MalformedJson, 2);
        Assert.Equal(16, failed.Column);
        Assert.StartsWith("2:16: malformed JSON at 2:16", failed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_InvalidUtf8_FailsAsMalformedJsonOnThatLine()
    {
        var bytes = Encoding.UTF8.GetBytes(TrailFixtures.Lines("intact.jsonl")[0] + "\n{\"a\":\"").Concat(new byte[] { 0xC3, 0x28, (byte)'"', (byte)'}', 10 }).ToArray();

        AssertFailed(Sha256.Verify(new MemoryStream(bytes)), TrailFailureKind.MalformedJson, 2);
    }

    [Theory]
    [InlineData("[1, 2]", TrailFailureKind.MalformedRecord)]
    [InlineData("{\"prev_hash\": \"GENESIS\"}", TrailFailureKind.MissingCurrHash)]
    [InlineData("{\"prev_hash\": \"GENESIS\", \"curr_hash\": 7}", TrailFailureKind.MissingCurrHash)]
    [InlineData("{\"prev_hash\": \"GENESIS\", \"curr_hash\": \"x\", \"curr_hash\": \"y\"}", TrailFailureKind.MalformedJson)]
    public void Verify_UnusableRecord_FailsWithItsKind(string line, TrailFailureKind kind) =>
        AssertFailed(Sha256.Verify(TrailFixtures.Stream(line + "\n")), kind, 1);

    [Fact]
    public void Verify_SeqThatIsNotAnInteger_FailsAsMalformedRecord()
    {
        var lines = TrailFixtures.Lines("intact.jsonl");
        var record = PyJson.Parse(lines[0]);
        var members = record.Members.ToDictionary(StringComparer.Ordinal);
        members["seq"] = PyJsonValue.FromString("0");
        members.Remove("curr_hash");
        var body = PyJson.Serialize(PyJsonValue.FromObject(members));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("GENESIS" + body)));
        members["curr_hash"] = PyJsonValue.FromString(hash);

        AssertFailed(Sha256.Verify(TrailFixtures.Stream(PyJson.Serialize(PyJsonValue.FromObject(members)) + "\n")), TrailFailureKind.MalformedRecord, 1);
    }

    [Fact]
    public void Verify_StreamReturningFewBytesPerRead_IsIntact()
    {
        var bytes = File.ReadAllBytes(TrailFixtures.PathOf("intact.jsonl"));

        Assert.Equal(13, Assert.IsType<TrailIntact>(Sha256.Verify(new TrickleStream(bytes, 7))).Records);
    }

    [Fact]
    public void Verify_CrLfLineEndingsWithoutFinalNewline_IsIntact()
    {
        var text = string.Join("\r\n", TrailFixtures.Lines("intact.jsonl"));

        Assert.IsType<TrailIntact>(Sha256.Verify(TrailFixtures.Stream(text)));
    }

    [Fact]
    public void Verify_OnRecord_SeesEveryVerifiedRecordInOrder()
    {
        var seen = new List<TrailRecord>();

        Sha256.VerifyFile(TrailFixtures.PathOf("intact.jsonl"), seen.Add);

        Assert.Equal(Enumerable.Range(0, 13).Select(i => (long?)i), seen.Select(r => r.Seq));
        Assert.Equal(Enumerable.Range(1, 13), seen.Select(r => r.LineNumber));
    }

    [Fact]
    public void Parse_AnchorFileFromWriteAnchor_ReadsSeqHashAndTimestamp()
    {
        var anchor = TrailAnchor.Parse(File.ReadAllText(TrailFixtures.PathOf("intact.jsonl.anchor")));

        Assert.Equal((12L, 64, "2026-02-13T10:12:24.123468Z"), (anchor.Seq!.Value, anchor.Hash.Length, anchor.Timestamp));
    }

    [Theory]
    [InlineData("{\"seq\": 1}")]
    [InlineData("{\"seq\": 1.5, \"hash\": \"ab\"}")]
    [InlineData("[]")]
    public void Parse_AnchorWithoutUsableHashOrSeq_Throws(string json) =>
        Assert.Throws<PythonJsonException>(() => TrailAnchor.Parse(json));
}
