using System.Reflection;

namespace Governance.Reporting.Decisions;

/// <summary>
/// The tool's version as reports state it: the informational version without build metadata. Every project takes its
/// version from <c>Directory.Build.props</c>, so this assembly's version is <c>govern</c>'s (a test holds them equal).
/// </summary>
public static class ToolVersion
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
