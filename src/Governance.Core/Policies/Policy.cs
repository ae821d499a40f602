using Governance.Core.Subjects;

namespace Governance.Core.Policies;

/// <summary>A loaded, validated <c>DeploymentPolicy</c>.</summary>
/// <param name="Metadata">Name, description, owners.</param>
/// <param name="AppliesTo">Which subjects it gates.</param>
/// <param name="Rules">Its rules, in file order.</param>
/// <param name="Waivers">Who may waive and for how long; null when waivers are not allowed.</param>
/// <param name="Path">The file it was loaded from.</param>
/// <param name="Digest">SHA-256 of the file's bytes, recorded with every decision.</param>
public sealed record Policy(
    PolicyMetadata Metadata,
    PolicySelector AppliesTo,
    IReadOnlyList<Rule> Rules,
    WaiverPolicy? Waivers,
    string Path,
    Digest Digest)
{
    /// <summary>The policy name.</summary>
    public string Name => Metadata.Name;

    /// <summary>True when any rule carries a C# condition or expression (only then is the expression engine loaded).</summary>
    public bool HasExpressions => Rules.Any(r => r.When is not null || r.Requirement is ExpressionRequirement);
}
