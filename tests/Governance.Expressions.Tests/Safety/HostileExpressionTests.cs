using Governance.Core.Policies;
using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Safety;

public sealed class HostileExpressionTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (expression, reason) in HostileCorpus.Cases)
        {
            data.Add(expression, reason);
        }

        return data;
    }

    [Fact]
    public void Corpus_Size_AtLeastThirty() => Assert.True(HostileCorpus.Cases.Length >= 30);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_HostileExpression_RejectedWithReason(string expression, string reason)
    {
        var diagnostics = ExpressionChecker.Check([Fixture.PolicyOf([expression])]);

        Assert.NotEmpty(diagnostics);
        Assert.Contains(diagnostics, d => d.Message.Contains(reason, StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("policies/prod.yaml", d.Location.File));
        Assert.All(diagnostics, d => Assert.Equal(10, d.Location.Line));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Create_HostileExpression_ThrowsWithSameReason(string expression, string reason)
    {
        using var cache = new TempDirectory();

        var error = Assert.Throws<ExpressionCompilationException>(() => RoslynConditionEngine.Create([Fixture.PolicyOf([expression])], cache.Options));

        Assert.Contains(error.Diagnostics, d => d.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(cache.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Check_FileAccess_PointsAtTheOffendingToken()
    {
        var rule = Fixture.ExpressionRule("sneaky", "Approvals.Count > 0 && System.IO.File.Exists(\"x\")", line: 42);

        var diagnostic = Assert.Single(ExpressionChecker.Check([Fixture.Policy(rule)]));

        Assert.Equal(new SourceLocation("policies/prod.yaml", 42, 19 + 23), diagnostic.Location);
        Assert.Contains("'System.IO.File.Exists(string?)' is not allowed in policy expressions: file system access", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("rule sneaky", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenCondition_ReportsAtWhenLocation()
    {
        var rule = Fixture.ExpressionRule("xl", "true", line: 20, when: "Model.Labels[\"size\"] == 3");

        var diagnostic = Assert.Single(ExpressionChecker.Check([Fixture.Policy(rule)]));

        Assert.Equal(19, diagnostic.Location.Line);
        Assert.Equal(13, diagnostic.Location.Column);
        Assert.Contains("CS0019", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("when", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TypeError_ReportsCompilerMessageAtColumn()
    {
        var rule = Fixture.ExpressionRule("typo", "Evaluations.Lates(\"accuracy\") > 0.9", line: 7);

        var diagnostic = Assert.Single(ExpressionChecker.Check([Fixture.Policy(rule)]));

        Assert.Equal(new SourceLocation("policies/prod.yaml", 7, 19 + 12), diagnostic.Location);
        Assert.Contains("CS1061", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MultiLineExpression_MapsLineAndColumn()
    {
        var rule = Fixture.ExpressionRule("multi", "Approvals.Count > 0\n  && Console.ReadLine() == \"y\"", line: 30);

        var diagnostic = Assert.Single(ExpressionChecker.Check([Fixture.Policy(rule)]));

        Assert.Equal(31, diagnostic.Location.Line);
        Assert.Equal(19 + 5, diagnostic.Location.Column);
    }

    [Fact]
    public void Check_ValidExpressions_NoDiagnostics() =>
        Assert.Empty(ExpressionChecker.Check([Fixture.PolicyOf(["Approvals.Count >= 2", "Evaluations.Latest(\"accuracy\") > 0.9"])]));
}
