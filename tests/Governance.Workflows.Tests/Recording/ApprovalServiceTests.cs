using Governance.Core.Evidence;
using Governance.Testing.Builders;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests.Recording;

public sealed class ApprovalServiceTests
{
    [Fact]
    public async Task ApproveAsync_PersonKeyAndRecorderKey_CountsSignedForThatPersonOnly()
    {
        using var repo = new RecordingRepo();

        await new ApprovalService(repo.Context()).ApproveAsync(
            repo.Ledger, new SignerKeys(repo.Key("alice"), RecorderKey: repo.Key("recorder")), new ApprovalRequest("fraud", Some.Digest(1), "looks good"), CancellationToken.None);

        var approval = Assert.Single(repo.Verified().Evidence.Approvals);
        Assert.Equal("alice@acme", approval.Approver);
        Assert.Equal(EvidenceSource.Ledger, approval.Origin.Source);
        Assert.Equal("alice@acme", approval.Origin.SignedBy);
        Assert.Equal(Some.Digest(1), approval.Digest);
    }

    [Fact]
    public async Task ApproveAsync_PersonKeyWithoutRecorderKey_RefusedAndNoLedger()
    {
        using var repo = new RecordingRepo();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new ApprovalService(repo.Context()).ApproveAsync(
            repo.Ledger, new SignerKeys(repo.Key("alice")), new ApprovalRequest("fraud", Some.Digest(1)), CancellationToken.None));

        Assert.Contains("only a recorder key writes ledger commits", refused.Message, StringComparison.Ordinal);
        Assert.Null(repo.Tip());
    }

    [Fact]
    public async Task WaiveAsync_ExpiryAlreadyPast_RefusedBeforeAnyKeyIsRead()
    {
        using var repo = new RecordingRepo();
        var context = repo.Context();

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => new ApprovalService(context).WaiveAsync(
            repo.Ledger, new SignerKeys("no-such.pem", RecorderKey: "no-such-either.pem"),
            new WaiverRequest(["two-approvals"], Some.Digest(1), context.Time.GetUtcNow().AddSeconds(-1), "accepted"), CancellationToken.None));

        Assert.StartsWith("--expires: ", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith(" is already past", refused.Message, StringComparison.Ordinal);
        Assert.Null(repo.Tip());
    }

    [Fact]
    public async Task WaiveAsync_ByPerson_WaiverCarriesTheSignedRulesAndExpiry()
    {
        using var repo = new RecordingRepo();
        var context = repo.Context();
        var expires = context.Time.GetUtcNow().AddDays(10);

        await new ApprovalService(context).WaiveAsync(
            repo.Ledger, new SignerKeys(repo.Key("bob"), RecorderKey: repo.Key("recorder")),
            new WaiverRequest(["two-approvals", "source:ds-med"], Some.Digest(2), expires, "accepted for the pilot", "fraud"), CancellationToken.None);

        var waiver = Assert.Single(repo.Verified().Evidence.Waivers);
        Assert.Equal("bob@acme", waiver.Origin.SignedBy);
        Assert.Equal(["two-approvals", "source:ds-med"], waiver.Rules);
        Assert.Equal(expires, waiver.Expires);
    }
}
