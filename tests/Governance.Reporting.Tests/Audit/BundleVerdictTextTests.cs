using Governance.Audit.Bundles;
using Governance.Reporting.Audit;

namespace Governance.Reporting.Tests.Audit;

public sealed class BundleVerdictTextTests
{
    [Theory]
    [InlineData(0, "intact bundle" + "\n" + "signers: ci@acme.example; bundle sha256:d" + "\n", "")]
    [InlineData(1, "FAILED: entry 3 edited" + "\n", "")]
    [InlineData(2, "", "govern: not a zip" + "\n")]
    public void Write_ByExitCode_OutputOrError(int exitCode, string expectedOutput, string expectedError)
    {
        var message = exitCode switch { 0 => "intact bundle", 1 => "entry 3 edited", _ => "not a zip" };
        var verdict = new BundleVerdict(exitCode, message) { Digest = "sha256:d", Signers = ["ci@acme.example"] };
        var (output, error) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });

        BundleVerdictText.Write(output, error, verdict);

        Assert.Equal(expectedOutput, output.ToString());
        Assert.Equal(expectedError, error.ToString());
    }
}
