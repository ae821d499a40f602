namespace Governance.GitHub.Statuses;

/// <summary>A commit status to post (<c>POST /repos/{o}/{r}/statuses/{sha}</c>).</summary>
/// <param name="State">The state.</param>
/// <param name="Context">The status name, e.g. <c>governance/production-llm</c>.</param>
/// <param name="Description">A short description (GitHub keeps at most 140 characters).</param>
/// <param name="TargetUrl">A link for details (e.g. the workflow run), or null.</param>
public sealed record CommitStatus(CommitStatusState State, string Context, string Description, string? TargetUrl)
{
    /// <summary>The longest description GitHub accepts.</summary>
    public const int MaxDescriptionLength = 140;

    /// <summary>The context prefix every Governance status uses.</summary>
    public const string ContextPrefix = "governance/";

    /// <summary>
    /// A status for a policy: context <c>governance/&lt;policy&gt;</c>, description shortened to 140 characters.
    /// </summary>
    /// <param name="policyName">The policy's <c>metadata.name</c>.</param>
    /// <param name="state">The state.</param>
    /// <param name="description">What was decided; shortened with an ellipsis when too long.</param>
    /// <param name="targetUrl">A link for details, or null.</param>
    public static CommitStatus ForPolicy(string policyName, CommitStatusState state, string description, string? targetUrl = null) =>
        new(state, ContextPrefix + policyName, Shorten(description), targetUrl);

    /// <summary>Flattens line breaks and cuts the text to <see cref="MaxDescriptionLength"/> characters.</summary>
    /// <param name="description">The text.</param>
    public static string Shorten(string description)
    {
        var flat = description.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxDescriptionLength ? flat : string.Concat(flat.AsSpan(0, MaxDescriptionLength - 1), "…");
    }
}
