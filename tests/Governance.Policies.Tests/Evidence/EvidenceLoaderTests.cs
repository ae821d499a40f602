using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Policies.Evidence;
using Governance.Policies.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Policies.Tests.Evidence;

public sealed class EvidenceLoaderTests
{
    private static string Errors(string text) => string.Join("\n", EvidenceLoader.Parse("e.json", Samples.Bytes(text)).Diagnostics);

    [Fact]
    public void Parse_FullEvidence_BuildsEveryRecordUnsignedWithPointers()
    {
        var result = EvidenceLoader.Parse("e.json", Samples.Bytes(Samples.FullEvidence));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var e = result.Value!;
        Assert.Equal(("9f1c2e", "dave", "erin"), (e.Context.Commit, e.Context.Author, e.Context.Deployer));
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T09:00:00Z"), e.Context.Time);
        Assert.Equal("xl", e.Context.LabelsOrEmpty["size"]);
        Assert.Equal(9, e.Count);
        Assert.Equal(Digest.Parse(Samples.ModelDigest), e.Approvals[0].Digest);
        Assert.Equal(ApprovalState.Approved, e.Approvals[0].State);
        Assert.Equal(ApprovalState.ChangesRequested, e.Approvals[1].State);
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T08:00:00Z"), e.Approvals[1].Time);
        Assert.Equal(new EvidenceOrigin(EvidenceSource.File, "e.json#/approvals/1"), e.Approvals[1].Origin);
        Assert.False(e.Approvals[1].Origin.IsSigned);
        Assert.Equal(0.004, e.Evaluations[0].Value);
        Assert.Equal("release@acme.example", e.Attestations[0].Signer);
        Assert.Equal(["ds:support-2026-05", "sha256:3333333333333333333333333333333333333333333333333333333333333333"], e.Training[0].Inputs);
        Assert.Equal("ds:forum-2023", e.Flags[0].Dataset);
        Assert.Equal(DateTimeOffset.Parse("2026-11-28T00:00:00Z"), e.Waivers[0].Expires);
        Assert.Equal("e.json#/deployments/0", e.Deployments[0].Origin.Reference);
    }

    [Fact]
    public void Parse_EmptyObject_IsEmptySet()
    {
        var result = EvidenceLoader.Parse("e.json", Samples.Bytes("{}"));
        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Value!.Count);
    }

    [Theory]
    [InlineData("""{"evaluations": [{"metric": "m", "value": "high", "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-22T09:00:00Z"}]}""", "e.json:1:43: 'value' must be a number, not a string")]
    [InlineData("""{"approvals": [{"approver": "a", "digest": "sha256:abc", "time": "2026-11-22T09:00:00Z"}]}""", "e.json:1:45: 'digest' must be a digest sha256:<64 lowercase hex digits>, not 'sha256:abc'")]
    [InlineData("""{"approvals": [{"approver": "a", "time": "2026-11-22T09:00:00"}]}""", "e.json:1:43: 'time' must be an RFC 3339 time with a zone")]
    [InlineData("""{"approvals": [{"approver": "a", "time": "2026-02-30T09:00:00Z"}]}""", "e.json:1:43: 'time' '2026-02-30T09:00:00Z' is not a valid time")]
    [InlineData("""{"approvals": [{"approver": "a", "tiem": "2026-11-22T09:00:00Z"}]}""", "e.json:1:34: unknown key 'tiem' in approvals[0] (did you mean 'time'?)")]
    [InlineData("""{"approvals": [{"approver": "a"}]}""", "e.json:1:16: approvals[0] is missing required key 'time'")]
    [InlineData("""{"approvals": [{"approver": "a", "time": "2026-11-22T09:00:00Z", "state": "ok"}]}""", "e.json:1:76: 'state' must be 'approved', 'changes_requested', 'revoked', 'dismissed' or 'commented', not 'ok'")]
    [InlineData("""{"approval": []}""", "e.json:1:2: unknown key 'approval' in evidence (did you mean 'approvals'?)")]
    [InlineData("""{"approvals": {}}""", "e.json:1:15: 'approvals' must be a list, not a mapping")]
    [InlineData("""{"context": {"labels": {"size": 3}}}""", "e.json:1:33: label 'size' must be a string, not a number")]
    [InlineData("""{"waivers": [{"rules": [], "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "approver": "r", "reason": "x", "granted": "2026-11-22T09:00:00Z", "expires": "2026-11-23T09:00:00Z"}]}""", "e.json:1:24: 'rules' must list at least 1 item")]
    [InlineData("""{"approvals": [{"approver": "a",}]}""", "e.json:1:")]
    [InlineData("[1, 2]", "e.json:1:1: evidence must be a mapping, not a list")]
    [InlineData("""{"approvals": [], "approvals": []}""", "e.json:1:19: duplicate key 'approvals' (first defined at line 1)")]
    [InlineData("{\n  \"evaluations\": [\n    {\"metric\": 1}\n  ]\n}", "e.json:3:16: 'metric' must be a string, not a number")]
    public void Parse_BadEvidence_ReportsLocatedError(string json, string expected)
    {
        var errors = Errors(json);
        Assert.True(errors.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in:\n{errors}");
        Assert.False(EvidenceLoader.Parse("e.json", Samples.Bytes(json)).Succeeded);
    }

    [Fact]
    public void Parse_YamlEvidence_IsAccepted()
    {
        var yaml = "approvals:\n  - approver: alice\n    time: 2026-11-22T09:00:00Z\n";
        var result = EvidenceLoader.Parse("e.yaml", Samples.Bytes(yaml));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("alice", result.Value!.Approvals[0].Approver);
    }

    [Fact]
    public void Load_MissingFile_ReportsFileNotFound()
    {
        var result = EvidenceLoader.Load("/nonexistent/evidence.json");
        Assert.Equal("/nonexistent/evidence.json: file not found", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Load_BinaryFile_ReportsNotUtf8()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("e.json", [0x1f, 0x8b, 0x08, 0x00, 0xff]);
        Assert.Contains("not a UTF-8 text file", Assert.Single(EvidenceLoader.Load(path).Diagnostics).Message, StringComparison.Ordinal);
    }
}
