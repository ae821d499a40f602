using Governance.Ledger.Checkpoints;
using Governance.Ledger.Verification;
using Governance.Reporting.Audit;

namespace Governance.Reporting.Tests.Audit;

public sealed class VerificationTextTests
{
    [Fact]
    public void Write_Intact_SizeRootOriginAndSignersToOutput()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var head = new Checkpoint("example.com/acme/ledger", 3, new byte[] { 0xab, 0x01 });

        VerificationText.Write(output, error, new VerificationResult.Intact(3, head), "HEAD:.governance/allowed_signers", againstCheckpoint: true);

        Assert.Equal(
            "intact: 3 entries, root ab01 (example.com/acme/ledger); signers from HEAD:.governance/allowed_signers" + Environment.NewLine
            + "consistent with the trusted checkpoint" + Environment.NewLine,
            output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Write_EmptyLedger_SaysSo()
    {
        var output = new StringWriter();

        VerificationText.Write(output, TextWriter.Null, new VerificationResult.Intact(0, null), "f", againstCheckpoint: false);

        Assert.Equal("intact: the ledger is empty" + Environment.NewLine, output.ToString());
    }

    [Theory]
    [InlineData(TamperKind.TimeBackwards, "TAMPERED at entry 7: time-backwards: went back")]
    [InlineData(TamperKind.Edited, "TAMPERED at entry 7: edited: went back")]
    [InlineData(TamperKind.CheckpointInconsistent, "TAMPERED at entry 7: checkpoint-inconsistent: went back")]
    public void Tampered_AnyKind_KebabCaseKindAndMessage(TamperKind kind, string expected) =>
        Assert.Equal(expected, VerificationText.Tampered(new VerificationResult.Tampered(7, kind, "went back")));

    [Fact]
    public void Write_CouldNotVerify_ToErrorOnly()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        VerificationText.Write(output, error, new VerificationResult.CouldNotVerify("no ledger"), "f", againstCheckpoint: true);

        Assert.Empty(output.ToString());
        Assert.Equal("govern: could not verify: no ledger" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Word_EachResult_OneWordVerdict()
    {
        Assert.Equal("intact", VerificationText.Word(new VerificationResult.Intact(1, null)));
        Assert.Equal("TAMPERED at entry 2", VerificationText.Word(new VerificationResult.Tampered(2, TamperKind.Removed, "gap")));
        Assert.Equal("could not verify", VerificationText.Word(new VerificationResult.CouldNotVerify("x")));
    }
}
