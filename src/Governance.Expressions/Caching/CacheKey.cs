using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Governance.Expressions.Compilation;
using Governance.Expressions.Context;
using Governance.Expressions.Runtime;

namespace Governance.Expressions.Caching;

/// <summary>SHA-256 over the expressions, the context-API version, the compiler version and this engine's build.
/// Computed without loading Roslyn: the compiler version is read from the DLL's file version resource.</summary>
internal static class CacheKey
{
    /// <summary>Version of the generated code's shape and of the allow-list; bump when either changes.</summary>
    public const string GeneratorVersion = "2";

    private static readonly Lazy<string> Compiler = new(ReadCompilerVersion);

    /// <summary>The Roslyn version that compiles cache misses (from <c>Microsoft.CodeAnalysis.CSharp.dll</c>'s file version).</summary>
    public static string CompilerVersion => Compiler.Value;

    /// <summary>The key of a policy set's compiled assembly, as 64 lowercase hex digits.</summary>
    public static string Of(ExpressionSet set)
    {
        var text = new StringBuilder();
        text.Append("governance-expressions\n")
            .Append("context-api=" + ContextApi.Version + "\n")
            .Append("generator=" + GeneratorVersion + "\n")
            .Append("compiler=").Append(CompilerVersion).Append('\n')
            .Append("engine=").Append(typeof(ExpressionGlobals).Assembly.ManifestModule.ModuleVersionId).Append('\n')
            .Append("core=").Append(typeof(Core.Policies.Rule).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var expression in set.Texts)
        {
            text.Append(expression.Length).Append(':').Append(expression).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string ReadCompilerVersion()
    {
        var directory = Path.GetDirectoryName(typeof(CacheKey).Assembly.Location);
        var path = string.IsNullOrEmpty(directory) ? null : Path.Combine(directory, "Microsoft.CodeAnalysis.CSharp.dll");
        if (path is null || !File.Exists(path))
        {
            return "unknown";
        }

        var info = FileVersionInfo.GetVersionInfo(path);
        return info.ProductVersion ?? info.FileVersion ?? "unknown";
    }
}
