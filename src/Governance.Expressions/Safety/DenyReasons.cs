using Microsoft.CodeAnalysis;

namespace Governance.Expressions.Safety;

/// <summary>Human reasons for rejected symbols, by namespace or type: "file system access", "network access", ….</summary>
internal static class DenyReasons
{
    private static readonly (string Prefix, string Reason)[] Categories =
    [
        ("System.IO", "file system access"),
        ("System.Diagnostics.Process", "process control"),
        ("System.Diagnostics", "process and diagnostics access"),
        ("System.Environment", "environment access"),
        ("System.Net", "network access"),
        ("System.Reflection", "reflection"),
        ("System.Type", "reflection"),
        ("System.Activator", "reflection"),
        ("System.RuntimeTypeHandle", "reflection"),
        ("System.Threading.Tasks", "tasks"),
        ("System.Threading", "threads"),
        ("System.GC", "garbage collector control"),
        ("System.AppDomain", "application domain access"),
        ("System.AppContext", "application domain access"),
        ("System.Runtime.InteropServices", "native interop"),
        ("System.Runtime", "runtime services"),
        ("System.Console", "console I/O"),
        ("System.Security", "security APIs"),
        ("Microsoft.Win32", "registry access"),
        ("Governance", "internal API"),
    ];

    /// <summary>The rejection message for <paramref name="symbol"/>.</summary>
    public static string For(ISymbol symbol)
    {
        var subject = symbol is INamedTypeSymbol named ? named : symbol.ContainingType;
        var name = subject is null ? symbol.ToDisplayString() : AllowList.Name(subject.OriginalDefinition).Replace('+', '.');
        var category = Categories.FirstOrDefault(c => name == c.Prefix || name.StartsWith(c.Prefix + ".", StringComparison.Ordinal)
            || name.StartsWith(c.Prefix + "`", StringComparison.Ordinal)).Reason ?? "not on the allow-list";
        return $"'{symbol.ToDisplayString()}' is not allowed in policy expressions: {category}";
    }
}
