using Governance.Core.Policies;
using Governance.Expressions.Caching;
using Governance.Expressions.Compilation;

namespace Governance.Expressions;

/// <summary>Compiles a policy set's expressions into the disk cache ahead of time (<c>govern policy build</c>).</summary>
public static class ExpressionPrecompiler
{
    /// <summary>Compiles (or validates the existing cache entry) and returns the cache entry's path; empty when the
    /// policies have no expressions.</summary>
    /// <exception cref="ExpressionCompilationException">An expression does not compile or uses a symbol outside the allow-list.</exception>
    public static string Build(IReadOnlyList<Policy> policies, ExpressionOptions? options = null)
    {
        var set = ExpressionSet.Of(policies);
        if (set.Texts.Count == 0)
        {
            return "";
        }

        var (compiled, path, _) = CompiledCache.LoadOrCompile(set, options ?? ExpressionOptions.Default);
        compiled.Dispose();
        return path;
    }
}
