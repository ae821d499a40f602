using Governance.GitHub.Rest;

namespace Governance.GitHub.Events;

/// <summary>
/// The parts of an Actions event payload (<c>GITHUB_EVENT_PATH</c>) Governance uses. Parts that do not apply
/// to the event are null.
/// </summary>
public sealed record GitHubEvent
{
    /// <summary>The event name (<c>GITHUB_EVENT_NAME</c>), e.g. <c>pull_request</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The payload's <c>action</c> (e.g. <c>opened</c>, <c>submitted</c>), if any.</summary>
    public string? Action { get; init; }

    /// <summary>The repository the event happened in.</summary>
    public required RepositoryName Repository { get; init; }

    /// <summary>Who triggered the event (<c>sender.login</c>).</summary>
    public string? Sender { get; init; }

    /// <summary>
    /// The commit the event is about: the PR head, the deployed or pushed commit, the merge-group head; for
    /// <c>workflow_dispatch</c> and others, the fallback (<c>GITHUB_SHA</c>). Null when none is known.
    /// </summary>
    public string? SubjectSha { get; init; }

    /// <summary>The ref the event is about, when the payload names one.</summary>
    public string? Ref { get; init; }

    /// <summary>The pull request, for <c>pull_request</c>, <c>pull_request_target</c> and <c>pull_request_review</c>.</summary>
    public EventPullRequest? PullRequest { get; init; }

    /// <summary>The review, for <c>pull_request_review</c>.</summary>
    public EventReview? Review { get; init; }

    /// <summary>The deployment, for <c>deployment</c>, <c>deployment_status</c> and <c>deployment_protection_rule</c>.</summary>
    public EventDeployment? Deployment { get; init; }

    /// <summary>The protection-rule request, for <c>deployment_protection_rule</c>.</summary>
    public EventProtectionRule? ProtectionRule { get; init; }

    /// <summary>The ref update, for <c>push</c>.</summary>
    public EventPush? Push { get; init; }

    /// <summary>The queue group, for <c>merge_group</c>.</summary>
    public EventMergeGroup? MergeGroup { get; init; }

    /// <summary>The workflow file, for <c>workflow_dispatch</c>.</summary>
    public string? Workflow { get; init; }

    /// <summary>The <c>workflow_dispatch</c> inputs as text (empty for other events).</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();
}
