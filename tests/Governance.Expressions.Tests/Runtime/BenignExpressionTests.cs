using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Runtime;

/// <summary>Compiles the whole benign corpus once, as one policy set, like the CLI does.</summary>
public sealed class BenignEngineFixture : IDisposable
{
    private readonly TempDirectory _cache = new();

    public BenignEngineFixture()
    {
        Policy = Fixture.PolicyOf(BenignCorpus.Cases.Select(c => c.Expression));
        Engine = RoslynConditionEngine.Create([Policy], _cache.Options);
    }

    internal Core.Policies.Policy Policy { get; }

    internal RoslynConditionEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _cache.Dispose();
    }
}

public sealed class BenignExpressionTests(BenignEngineFixture fixture) : IClassFixture<BenignEngineFixture>
{
    public static TheoryData<int> Indices() => [.. Enumerable.Range(0, BenignCorpus.Cases.Length)];

    [Fact]
    public void Corpus_Size_AtLeastThirty() => Assert.True(BenignCorpus.Cases.Length >= 30);

    [Fact]
    public void Check_BenignCorpus_NoDiagnostics() => Assert.Empty(ExpressionChecker.Check([fixture.Policy]));

    [Theory]
    [MemberData(nameof(Indices))]
    public void Evaluate_BenignExpression_ExpectedValue(int index)
    {
        var rule = fixture.Policy.Rules[index];

        var result = fixture.Engine.Evaluate(fixture.Policy, rule);

        Assert.Null(result.Error);
        Assert.True(BenignCorpus.Cases[index].Expected == result.Value, $"{BenignCorpus.Cases[index].Expression} should be {BenignCorpus.Cases[index].Expected}");
        Assert.Equal(result.Value, result.Details.Count == 0);
    }
}
