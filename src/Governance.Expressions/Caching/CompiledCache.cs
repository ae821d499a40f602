using System.Runtime.CompilerServices;
using Governance.Expressions.Compilation;
using Governance.Expressions.Runtime;

namespace Governance.Expressions.Caching;

/// <summary>Loads a policy set's compiled assembly from the disk cache, or compiles, caches and loads it. The cached path
/// never touches a Roslyn type: compilation sits behind a method that is only JIT-compiled on a miss.</summary>
internal static class CompiledCache
{
    /// <summary>The loaded set, its cache path, and whether it came from the cache.</summary>
    public static (CompiledPolicySet Compiled, string Path, bool FromCache) LoadOrCompile(ExpressionSet set, ExpressionOptions options)
    {
        var key = CacheKey.Of(set);
        var path = CacheStore.PathFor(CacheLocation.Resolve(options), key);
        if (CacheStore.TryRead(path, key) is { } cached && CompiledPolicySet.TryLoad(cached, set.Texts.Count, AssemblyName(key)) is { } loaded)
        {
            return (loaded, path, true);
        }

        var image = Compile(set, key);
        CacheStore.TryWrite(path, key, image);
        var compiled = CompiledPolicySet.TryLoad(image, set.Texts.Count, AssemblyName(key))
            ?? throw new InvalidOperationException("the freshly compiled policy set could not be loaded");
        return (compiled, path, false);
    }

    /// <summary>The diagnostics of the set's expressions, without emitting.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IReadOnlyList<ExpressionDiagnostic> Check(ExpressionSet set) =>
        ExpressionCompiler.Compile(set, "Governance.Expressions.Check", emit: false).Diagnostics;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] Compile(ExpressionSet set, string key)
    {
        var result = ExpressionCompiler.Compile(set, AssemblyName(key), emit: true);
        return result.Image ?? throw new ExpressionCompilationException(result.Diagnostics);
    }

    private static string AssemblyName(string key) => "Governance.Expressions.Generated." + key[..16];
}
