using System.Text.Json.Nodes;
using Governance.Audit.Proofs;
using Governance.Workflows.Audit;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Tests.Audit;

public sealed class LedgerProofsTests
{
    private static readonly (string, string)[] ThreeEvaluations = [("support-bot", AuditLedger.ModelDigest), ("support-bot", AuditLedger.ModelDigest), ("other", AuditLedger.OtherDigest)];

    [Fact]
    public void Create_InclusionOfAnEntry_ProofVerifiesUnderTheRecorderKey()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ThreeEvaluations);

        var proof = LedgerProofs.Create(store, inclusion: 2, consistency: null, CancellationToken.None);

        Assert.Equal("inclusion", (string?)proof["kind"]);
        Assert.Equal(3, (long?)proof["treeSize"]);
        Assert.Equal("example.com/acme/ledger", (string?)proof["origin"]);
        var check = ProofVerifier.Check(proof, ledger.Trust.Signers, null);
        Assert.True(check.IsValid, check.Problem);
    }

    [Fact]
    public void Create_ConsistencyOfAPrefix_ProofVerifies()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ThreeEvaluations);

        var proof = LedgerProofs.Create(store, inclusion: null, consistency: 1, CancellationToken.None);

        Assert.Equal("consistency", (string?)proof["kind"]);
        Assert.True(ProofVerifier.Check(proof, ledger.Trust.Signers, null).IsValid);
    }

    [Fact]
    public void Create_ProofWithAnEditedHash_NoLongerVerifies()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ThreeEvaluations);
        var proof = LedgerProofs.Create(store, inclusion: 1, consistency: null, CancellationToken.None);

        var hashes = proof["hashes"]!.AsArray();
        hashes[0] = new string('0', 64);

        Assert.False(ProofVerifier.Check(proof, ledger.Trust.Signers, null).IsValid);
    }

    [Theory]
    [InlineData(0L, null, "--inclusion: entry 0 does not exist (the ledger has 3 entries)")]
    [InlineData(4L, null, "--inclusion: entry 4 does not exist (the ledger has 3 entries)")]
    [InlineData(null, 4L, "--consistency: size 4 must be between 1 and 3")]
    [InlineData(null, null, "give exactly one of --inclusion <seq> or --consistency <size>")]
    [InlineData(1L, 1L, "give exactly one of --inclusion <seq> or --consistency <size>")]
    public void Create_OutOfRangeOrAmbiguous_ThrowsWorkflowExceptionExitTwo(long? inclusion, long? consistency, string message)
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();
        ledger.Evaluations(store, ThreeEvaluations);

        var ex = Assert.Throws<WorkflowException>(() => LedgerProofs.Create(store, inclusion, consistency, CancellationToken.None));

        Assert.Equal(message, ex.Message);
        Assert.Equal(ExitCodes.NoDecision, ex.ExitCode);
    }

    [Fact]
    public void Create_EmptyLedger_ThrowsNothingToProve()
    {
        using var ledger = new AuditLedger();
        using var store = ledger.OpenStore();

        var ex = Assert.Throws<WorkflowException>(() => LedgerProofs.Create(store, 1, null, CancellationToken.None));

        Assert.Equal("the ledger is empty: nothing to prove", ex.Message);
    }
}
