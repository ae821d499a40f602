namespace Governance.GitHub.Events;

/// <summary>What a <c>deployment_protection_rule</c> event asks this app to decide.</summary>
/// <param name="Environment">The environment the job waits on.</param>
/// <param name="CallbackUrl">The <c>deployment_callback_url</c> from the payload (informational; the client posts to the documented path on its own API host).</param>
/// <param name="RunId">The workflow run id parsed from the callback URL.</param>
/// <param name="TriggerEvent">The event that started the run (e.g. <c>push</c>).</param>
/// <param name="PullRequestNumbers">The pull requests GitHub listed for the deployment.</param>
public sealed record EventProtectionRule(
    string Environment,
    string CallbackUrl,
    long? RunId,
    string? TriggerEvent,
    IReadOnlyList<int> PullRequestNumbers);
