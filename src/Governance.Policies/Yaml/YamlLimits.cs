namespace Governance.Policies.Yaml;

/// <summary>Caps that keep hostile or broken input from exhausting memory, stack or time.</summary>
internal static class YamlLimits
{
    /// <summary>Largest accepted file: 1 MiB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Deepest accepted nesting of mappings and sequences.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes that alias uses may expand to in one document (YAML "billion laughs").</summary>
    public const long MaxAliasNodes = 10_000;
}
