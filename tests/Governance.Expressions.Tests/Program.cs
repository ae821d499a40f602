using Governance.Expressions.Tests.Caching;

namespace Governance.Expressions.Tests;

/// <summary>The test assembly's entry point: a probe run in a fresh process by tests that must observe a clean runtime.
/// Under the test runner it is never called.</summary>
internal static class Program
{
    public static int Main(string[] args) => args switch
    {
        ["probe-cached", var cache] => Probe.Cached(cache),
        ["probe-compile", var cache] => CompileProbe.Run(cache),
        _ => 0,
    };
}
