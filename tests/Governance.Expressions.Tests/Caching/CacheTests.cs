using Governance.Expressions.Caching;
using Governance.Expressions.Compilation;
using Governance.Expressions.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Caching;

public sealed class CacheTests
{
    private static readonly string[] Expressions = ["Approvals.Count >= 2", "Evaluations.Latest(\"latency_p95_ms\") < 800"];

    [Fact]
    public void Create_EmptyCache_CompilesAndWritesEntryAtomically()
    {
        using var cache = new TempDirectory();

        using var engine = RoslynConditionEngine.Create([Fixture.PolicyOf(Expressions)], cache.Options);

        Assert.False(engine.FromCache);
        Assert.True(File.Exists(engine.CachePath));
        Assert.StartsWith(Path.Combine(cache.Path, "expressions"), engine.CachePath, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(cache.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Create_SecondTime_LoadsFromCacheAndEvaluates()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(Expressions);
        using (RoslynConditionEngine.Create([policy], cache.Options))
        {
        }

        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        Assert.True(engine.FromCache);
        Assert.True(engine.Evaluate(policy, policy.Rules[0]).Value);
        Assert.False(engine.Evaluate(policy, policy.Rules[1]).Value);
    }

    [Fact]
    public void Create_ExpressionChanged_MissesWithNewKey()
    {
        using var cache = new TempDirectory();
        using var first = RoslynConditionEngine.Create([Fixture.PolicyOf(Expressions)], cache.Options);

        using var second = RoslynConditionEngine.Create([Fixture.PolicyOf([.. Expressions, "Environment == \"production\""])], cache.Options);

        Assert.False(second.FromCache);
        Assert.NotEqual(first.CachePath, second.CachePath);
    }

    [Fact]
    public void Create_SameExpressionsInOtherRules_HitsSameEntry()
    {
        using var cache = new TempDirectory();
        using var first = RoslynConditionEngine.Create([Fixture.PolicyOf(Expressions)], cache.Options);

        using var second = RoslynConditionEngine.Create([Fixture.Policy("other", Fixture.ExpressionRule("x", Expressions[1]), Fixture.ExpressionRule("y", Expressions[0]))], cache.Options);

        Assert.True(second.FromCache);
        Assert.Equal(first.CachePath, second.CachePath);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("empty")]
    public void Create_CorruptEntry_IgnoredAndRebuilt(string damage)
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(Expressions);
        var path = ExpressionPrecompiler.Build([policy], cache.Options);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "flip" => [.. bytes[..200], (byte)(bytes[200] ^ 0xFF), .. bytes[201..]],
            "truncate" => bytes[..(bytes.Length / 2)],
            _ => [],
        });

        using var rebuilt = RoslynConditionEngine.Create([policy], cache.Options);
        using var reloaded = RoslynConditionEngine.Create([policy], cache.Options);

        Assert.False(rebuilt.FromCache);
        Assert.True(rebuilt.Evaluate(policy, policy.Rules[0]).Value);
        Assert.True(reloaded.FromCache);
    }

    [Fact]
    public void Create_ForeignEntryUnderOurKey_IgnoredAndRebuilt()
    {
        using var cache = new TempDirectory();
        var foreign = ExpressionPrecompiler.Build([Fixture.PolicyOf(["Approvals.Count == 0"])], cache.Options);
        var policy = Fixture.PolicyOf(Expressions);
        var ours = CacheStore.PathFor(Path.Combine(cache.Path, "expressions"), CacheKey.Of(ExpressionSet.Of([policy])));
        File.Copy(foreign, ours);

        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        Assert.False(engine.FromCache);
        Assert.True(engine.Evaluate(policy, policy.Rules[0]).Value);
    }

    [Fact]
    public void Create_WellFormedEntryWithGarbageAssembly_IgnoredAndRebuilt()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(Expressions);
        var key = CacheKey.Of(ExpressionSet.Of([policy]));
        Assert.True(CacheStore.TryWrite(CacheStore.PathFor(Path.Combine(cache.Path, "expressions"), key), key, [0x4D, 0x5A, 1, 2, 3]));

        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        Assert.False(engine.FromCache);
        Assert.False(engine.Evaluate(policy, policy.Rules[1]).Value);
    }

    [Fact]
    public void Build_ThenCreate_HitsPrecompiledEntry()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.PolicyOf(Expressions);

        var path = ExpressionPrecompiler.Build([policy], cache.Options);
        using var engine = RoslynConditionEngine.Create([policy], cache.Options);

        Assert.True(engine.FromCache);
        Assert.Equal(path, engine.CachePath);
    }

    [Fact]
    public void Build_NoExpressions_WritesNothing()
    {
        using var cache = new TempDirectory();
        var policy = Fixture.Policy(new Core.Policies.Rule("plain", new Core.Policies.AttestationRequirement("x", []), Core.Policies.RuleMode.Enforce, Core.Policies.SourceLocation.None));

        Assert.Equal("", ExpressionPrecompiler.Build([policy], cache.Options));
        Assert.Empty(Directory.EnumerateFileSystemEntries(cache.Path));
    }

    [Fact]
    public void Key_DependsOnExpressionsOnly_NotOnOrder()
    {
        var a = CacheKey.Of(ExpressionSet.Of([Fixture.PolicyOf(Expressions)]));
        var b = CacheKey.Of(ExpressionSet.Of([Fixture.PolicyOf([Expressions[1], Expressions[0]])]));
        var c = CacheKey.Of(ExpressionSet.Of([Fixture.PolicyOf([Expressions[0]])]));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Matches("^[0-9a-f]{64}$", a);
        Assert.NotEqual("unknown", CacheKey.CompilerVersion);
    }

    [Fact]
    public void Resolve_NoOption_UsesGovernanceCacheVariable()
    {
        var previous = Environment.GetEnvironmentVariable("GOVERNANCE_CACHE");
        try
        {
            Environment.SetEnvironmentVariable("GOVERNANCE_CACHE", "/tmp/gov-cache-test");
            Assert.Equal(Path.Combine("/tmp/gov-cache-test", "expressions"), CacheLocation.Resolve(new ExpressionOptions()));
            Assert.Equal(Path.Combine("/x", "expressions"), CacheLocation.Resolve(new ExpressionOptions { CacheDirectory = "/x" }));
        }
        finally
        {
            Environment.SetEnvironmentVariable("GOVERNANCE_CACHE", previous);
        }
    }
}
