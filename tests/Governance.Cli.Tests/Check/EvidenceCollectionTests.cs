using Governance.Workflows.Check;
using Governance.Core.Evidence;
using Governance.Testing.Builders;

namespace Governance.Cli.Tests.Check;

/// <summary>The ledger reads the commit a trusted source names: an evidence file asked first must not choose it.</summary>
public sealed class EvidenceCollectionTests
{
    [Fact]
    public async Task CollectAsync_FileAskedBeforeGitHub_LaterSourceSeesGitHubsCommit()
    {
        var ledger = new Recording();
        var sources = new IEvidenceSource[]
        {
            new Fixed(EvidenceSource.File, "f11e000000000000000000000000000000000000"),
            new Fixed(EvidenceSource.GitHub, "9170b00000000000000000000000000000000000"),
            ledger,
        };

        var batches = await EvidenceCollection.CollectAsync(sources, new EvidenceRequest(Some.Subject() with { Commit = null }, []), CancellationToken.None);

        Assert.Equal(3, batches.Count);
        Assert.Equal("9170b00000000000000000000000000000000000", ledger.Commit);
    }

    [Fact]
    public async Task CollectAsync_SubjectNamesTheCommit_SubjectWinsOverEverySource()
    {
        var ledger = new Recording();
        var sources = new IEvidenceSource[] { new Fixed(EvidenceSource.GitHub, "9170b00000000000000000000000000000000000"), ledger };

        await EvidenceCollection.CollectAsync(sources, new EvidenceRequest(Some.Subject() with { Commit = "0b7000000000000000000000000000000000000" }, []), CancellationToken.None);

        Assert.Equal("0b7000000000000000000000000000000000000", ledger.Commit);
    }

    private sealed class Fixed(EvidenceSource origin, string commit) : IEvidenceSource
    {
        public Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new EvidenceBatch(origin, EvidenceSet.Empty with { Context = DecisionContext.Empty with { Commit = commit } }));
    }

    private sealed class Recording : IEvidenceSource
    {
        public string? Commit { get; private set; }

        public Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken)
        {
            Commit = request.Commit;
            return Task.FromResult(new EvidenceBatch(EvidenceSource.Ledger, EvidenceSet.Empty));
        }
    }
}
