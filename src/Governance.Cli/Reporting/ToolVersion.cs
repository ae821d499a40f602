using System.Reflection;

namespace Governance.Cli.Reporting;

/// <summary>The tool's version as reports state it: the assembly's informational version without build metadata.</summary>
internal static class ToolVersion
{
    /// <summary>E.g. <c>1.0.0</c> (SemVer 2.0; never empty).</summary>
    public static string Value { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational?.Split('+')[0];
        return string.IsNullOrWhiteSpace(version) ? "0.0.0" : version;
    }
}
