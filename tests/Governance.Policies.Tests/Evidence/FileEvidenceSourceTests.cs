using Governance.Core.Evidence;
using Governance.Policies.Diagnostics;
using Governance.Policies.Evidence;
using Governance.Policies.Tests.Support;
using Governance.Testing.Builders;

namespace Governance.Policies.Tests.Evidence;

/// <summary>
/// Evidence files as an <see cref="IEvidenceSource"/>, at library level: files are read through the host's reader,
/// merged in the order named, unsigned, and one bad file fails the whole batch (nothing partial reaches a decision).
/// </summary>
public sealed class FileEvidenceSourceTests
{
    private const string Approval = """{"approvals": [{"approver": "alice", "teams": ["acme/ml-governance"], "time": "2026-11-22T09:00:00Z"}]}""";
    private const string Evaluation = """{"context": {"commit": "9f1c2e"}, "evaluations": [{"metric": "toxicity", "value": 0.01, "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-22T09:00:00Z"}]}""";

    private static readonly EvidenceRequest Request = new(Some.Subject(), [Some.Policy()]);

    [Fact]
    public async Task CollectAsync_TwoFiles_MergedInOrderAsFileEvidence()
    {
        var source = Source(("a.json", Approval), ("b.json", Evaluation));

        var batch = await source.CollectAsync(Request, default);

        Assert.Equal(EvidenceSource.File, batch.Origin);
        Assert.Equal("alice", Assert.Single(batch.Evidence.Approvals).Approver);
        Assert.Equal("toxicity", Assert.Single(batch.Evidence.Evaluations).Metric);
        Assert.Equal("9f1c2e", batch.Evidence.Context.Commit);
        Assert.Equal("a.json#/approvals/0", batch.Evidence.Approvals[0].Origin.Reference);
        Assert.Equal("b.json#/evaluations/0", batch.Evidence.Evaluations[0].Origin.Reference);
    }

    [Fact]
    public async Task CollectAsync_SignerWrittenInsideAFile_StillUnsigned()
    {
        var claimed = """{"attestations": [{"predicateType": "https://governance.dev/attestations/model-card/v1", "signer": "release@acme.example", "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-20T09:00:00Z"}]}""";

        var batch = await Source(("claimed.json", claimed)).CollectAsync(Request, default);

        var attestation = Assert.Single(batch.Evidence.Attestations);
        Assert.Equal("release@acme.example", attestation.Signer);
        Assert.False(attestation.Origin.IsSigned);
        Assert.Null(attestation.Origin.SignedBy);
        Assert.Equal(EvidenceSource.File, attestation.Origin.Source);
    }

    [Fact]
    public async Task CollectAsync_SignedByKeyInAFile_RejectedAsUnknown()
    {
        var forged = """{"approvals": [{"approver": "alice", "time": "2026-11-22T09:00:00Z", "signedBy": "alice@acme.example"}]}""";

        var error = await Assert.ThrowsAsync<DiagnosticsException>(() => Source(("forged.json", forged)).CollectAsync(Request, default));

        Assert.StartsWith("forged.json:1:70: unknown key 'signedBy'", Assert.Single(error.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAsync_OneInvalidFile_FailsTheWholeBatchWithItsLocation()
    {
        var source = Source(("good.json", Approval), ("bad.json", """{"approvals": [{"approver": "a", "tiem": "2026-11-22T09:00:00Z"}]}"""));

        var error = await Assert.ThrowsAsync<DiagnosticsException>(() => source.CollectAsync(Request, default));

        Assert.Contains("bad.json:1:34: unknown key 'tiem' in approvals[0] (did you mean 'time'?)", error.Diagnostics.Select(d => d.ToString()));
        Assert.All(error.Diagnostics, d => Assert.StartsWith("bad.json:", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollectAsync_NoFiles_EmptyBatchAndNoRead()
    {
        var reads = 0;
        var source = new FileEvidenceSource([], _ => { reads++; return []; });

        var batch = await source.CollectAsync(Request, default);

        Assert.Equal(0, batch.Evidence.Count);
        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task CollectAsync_Cancelled_ReadsNothing()
    {
        var reads = 0;
        var source = new FileEvidenceSource(["a.json"], _ => { reads++; return Samples.Bytes(Approval); });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.CollectAsync(Request, cancelled.Token));

        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task CollectAsync_HostReaderFails_ErrorPropagatesUnchanged()
    {
        var source = new FileEvidenceSource(["missing.json"], path => throw new FileNotFoundException($"{path}: no such evidence file"));

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => source.CollectAsync(Request, default));

        Assert.Equal("missing.json: no such evidence file", error.Message);
    }

    private static FileEvidenceSource Source(params (string Path, string Text)[] files)
    {
        var byPath = files.ToDictionary(f => f.Path, f => Samples.Bytes(f.Text), StringComparer.Ordinal);
        return new FileEvidenceSource([.. files.Select(f => f.Path)], path => byPath[path]);
    }
}
