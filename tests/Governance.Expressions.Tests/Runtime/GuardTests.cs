using System.Diagnostics;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Runtime;

[CollectionDefinition("guards", DisableParallelization = true)]
public sealed class GuardCollection;

[Collection("guards")]
public sealed class GuardTests
{
    private const string Runaway = "Enumerable.Range(0, 400_000_000).Count(i => i % 7 == 3) < 0";

    [Fact]
    public void Evaluate_RunawayExpression_FailsClosedWithinBudget()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf([Runaway, "Approvals.Count >= 2"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options with { Budget = TimeSpan.FromMilliseconds(200) });
        var watch = Stopwatch.StartNew();

        var result = engine.Evaluate(policy, policy.Rules[0]);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"took {watch.Elapsed}");
        Assert.Contains("time budget of 0.2 s", result.Error, StringComparison.Ordinal);
        var next = engine.Evaluate(policy, policy.Rules[1], Fixture.Scope());
        Assert.Contains("time budget", next.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RunawayEnforceRule_DeniesThroughEvaluator()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf([Runaway]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options with { Budget = TimeSpan.FromMilliseconds(100) });

        var decision = new PolicyEvaluator(TimeProvider.System, engine).Evaluate([policy], Fixture.Subject, Fixture.Evidence);

        Assert.Equal(Verdict.Deny, decision.Verdict);
        Assert.Equal(RuleOutcome.Error, Assert.Single(decision.Rules).Outcome);
    }

    [Fact]
    public void Evaluate_AllocationBomb_FailsClosedOnMemoryBudget()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(["Enumerable.Range(0, 20_000_000).Select(i => i.ToString()).ToList().Count < 0"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options with { MemoryBudgetBytes = 32L << 20 });

        var result = engine.Evaluate(policy, policy.Rules[0]);

        Assert.Contains("memory budget of 32 MiB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OutOfMemory_FailsClosed()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(["new string('x', int.MaxValue).Length > 0"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        var result = engine.Evaluate(policy, policy.Rules[0]);

        Assert.Contains("out of memory", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Approvals[10].Approver == \"x\"", "ArgumentOutOfRangeException")]
    [InlineData("int.MaxValue + Approvals.Count > 0", "OverflowException")]
    [InlineData("Approvals.First(a => a.Approver == \"nobody\") != null", "InvalidOperationException")]
    public void Evaluate_Throws_FailsWithExceptionType(string expression, string exception)
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf([expression]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        var result = engine.Evaluate(policy, policy.Rules[0]);

        Assert.Contains(exception, result.Error, StringComparison.Ordinal);
        Assert.True(engine.Evaluate(policy, policy.Rules[0]).Error is not null, "an exception must not trip the runner");
    }

    [Fact]
    public void Evaluate_BudgetIsPerDecision_NewScopeStartsFresh()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(["Enumerable.Range(0, 3_000_000).Count(i => i % 7 == 3) > 0"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options with { Budget = TimeSpan.FromSeconds(1) });
        var scope = Fixture.Scope();

        for (var i = 0; i < 5; i++)
        {
            Assert.True(engine.Evaluate(policy, policy.Rules[0], scope).Value);
        }

        Assert.True(engine.Evaluate(policy, policy.Rules[0], Fixture.Scope()).Value);
    }

    [Fact]
    public void Evaluate_UnknownExpression_FailsWithoutThrowing()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(["true"]);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        var result = engine.Evaluate(new ConditionRequest(policy, policy.Rules[0], "false", false, Fixture.Scope()));

        Assert.Contains("not part of the compiled policy set", result.Error, StringComparison.Ordinal);
    }
}
