using Governance.Events.Projection;
using static Governance.Events.Tests.Support.Entries;

namespace Governance.Events.Tests.Projection;

/// <summary>Who may take an entry back: a recorder, or the person who signed it; a signed restriction only that person.</summary>
public sealed class RetractionTests
{
    [Fact]
    public void Retract_ByRecorder_RemovesRecorderWrittenEvidence()
    {
        var evidence = Project(out var notes, Evaluation(1, "acc", 0.9), Retraction(2, 1, signedBy: null));

        Assert.Empty(evidence.Evaluations);
        Assert.Equal(["ledger:2: entry 1 retracted (mistake)"], notes);
    }

    [Fact]
    public void Retract_BySignerOfTheApproval_RemovesIt()
    {
        Assert.Empty(Project(Approval(1, Alice, Alice), Retraction(2, 1, signedBy: Alice)).Approvals);
    }

    [Fact]
    public void Retract_BySomeoneElse_IgnoredWithNote()
    {
        var evidence = Project(out var notes, Approval(1, Alice, Alice), Retraction(2, 1, signedBy: Bob));

        Assert.Single(evidence.Approvals);
        Assert.Equal([$"ledger:2: retraction of entry 1 by {Bob} ignored: only a recorder or {Alice} may retract it"], notes);
    }

    [Fact]
    public void Retract_SignedRevocationByRecorder_IgnoredSoNoApprovalRevivesUnsigned()
    {
        var evidence = Project(out var notes, Approval(1, Alice, Alice), Approval(2, Alice, Alice, type: "approval.revoked/v1"), Retraction(3, 2, signedBy: null));

        Assert.Equal(2, evidence.Approvals.Count);
        Assert.Equal([$"ledger:3: retraction of entry 2 ignored: {Alice} signed it, and only {Alice} may take it back"], notes);
    }

    [Fact]
    public void Retract_SignedFlagByRecorder_IgnoredButBySignerApplied()
    {
        var byRecorder = Project(Flag(1, "web-crawl", Alice), Retraction(2, 1, signedBy: null));
        var bySigner = Project(Flag(1, "web-crawl", Alice), Retraction(2, 1, signedBy: Alice));

        Assert.Single(byRecorder.Flags);
        Assert.Empty(bySigner.Flags);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void Retract_NotAnEarlierEntry_Ignored(long target)
    {
        var evidence = Project(out var notes, Evaluation(1, "acc", 0.9), Retraction(2, target, signedBy: null));

        Assert.Single(evidence.Evaluations);
        Assert.Equal([$"ledger:2: retraction of entry {target} ignored (not an earlier entry)"], notes);
    }

    [Theory]
    [InlineData("approval.revoked/v1", true)]
    [InlineData("dataset.flagged/v1", true)]
    [InlineData("approval.granted/v1", false)]
    [InlineData("evaluation.recorded/v1", false)]
    public void OnlySignerRetracts_Restrictions_True(string type, bool expected)
    {
        Assert.Equal(expected, RetractionRule.OnlySignerRetracts(type));
    }
}
