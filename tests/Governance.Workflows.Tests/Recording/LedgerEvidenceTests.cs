using Governance.Events.Trust;
using Governance.Ledger.Trust;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests.Recording;

public sealed class LedgerEvidenceTests
{
    private static readonly LedgerTrust Trust = new(TrustStore.Parse(""), PrincipalDirectory.Empty, "test");

    [Fact]
    public void From_ProjectionRefusesAnEntry_NoDecisionNamingTheEntryAndNoEvidence()
    {
        var error = Assert.Throws<WorkflowException>(() => LedgerEvidence.From(
            () => throw new InvalidDataException("ledger:4: the dataset.flagged/v1 payload does not fit its type (missing reason)"), Trust));

        Assert.Equal(ExitCodes.NoDecision, error.ExitCode);
        Assert.Equal("the ledger's evidence could not be read: ledger:4: the dataset.flagged/v1 payload does not fit its type (missing reason)", error.Message);
    }
}
