namespace Governance.Expressions.Context;

/// <summary>The version of the read-only context that expressions see (documented in <c>docs/expressions.md</c>).</summary>
public static class ContextApi
{
    /// <summary>Bumped whenever a member is added, removed or changes meaning; part of the compiled-cache key.</summary>
    public const string Version = "1";
}
