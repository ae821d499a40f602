namespace Governance.Expressions.Caching;

/// <summary>Resolves the cache directory: the option, else <c>$GOVERNANCE_CACHE</c>, else <c>$XDG_CACHE_HOME/governance</c>,
/// else <c>~/.cache/governance</c>; compiled expressions live in its <c>expressions</c> subdirectory.</summary>
internal static class CacheLocation
{
    public static string Resolve(ExpressionOptions options)
    {
        var root = options.CacheDirectory
            ?? NonEmpty(Environment.GetEnvironmentVariable("GOVERNANCE_CACHE"))
            ?? (NonEmpty(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")) is { } xdg ? Path.Combine(xdg, "governance") : null)
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "governance");
        return Path.Combine(root, "expressions");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
