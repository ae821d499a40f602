using Governance.Workflows;
using Governance.Workflows.Hosting;
using System.Text.Json;
using Governance.GitHub.Actions;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The one ref a gate on Actions trusts for policies and for <c>.governance/</c> (signers, principals):
/// <c>origin/&lt;default branch&gt;</c> from the event's <c>repository.default_branch</c>, never <c>HEAD</c> (the change being
/// gated). actions/checkout leaves no <c>refs/remotes/origin/HEAD</c> and often a shallow single-branch clone, so the
/// ref is fetched with the git CLI when the checkout lacks it; if it cannot be had, exit 2 saying how to fix the checkout.
/// </summary>
internal static class TrustedRef
{
    /// <summary>Resolves <paramref name="explicitRef"/> (an input) or the default branch on origin, fetching it when missing.</summary>
    public static string Resolve(GitHubActionsEnvironment environment, string repository, string? explicitRef, string input)
    {
        var name = explicitRef ?? $"origin/{DefaultBranch(environment, input)}";
        Ensure(repository, name, input);
        return name;
    }

    /// <summary>The default branch named by the event payload.</summary>
    public static string DefaultBranch(GitHubActionsEnvironment environment, string input)
    {
        if (environment.EventPath is { } path && File.Exists(path))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(path));
                if (json.RootElement.TryGetProperty("repository", out var repo) && repo.ValueKind == JsonValueKind.Object
                    && repo.TryGetProperty("default_branch", out var branch) && branch.ValueKind == JsonValueKind.String
                    && branch.GetString() is { Length: > 0 } name)
                {
                    return ValidBranch(name);
                }
            }
            catch (JsonException)
            {
                // Reported below: the trusted ref cannot be told.
            }
        }

        throw new WorkflowException($"cannot tell the trusted ref: the event payload (GITHUB_EVENT_PATH) names no repository.default_branch; set the {input} input (e.g. origin/main)");
    }

    private static string ValidBranch(string name)
    {
        if (name.StartsWith('-') || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ':' or '~' or '^' or '?' or '*' or '[' or '\\') || name.Contains("..", StringComparison.Ordinal))
        {
            throw new WorkflowException($"the event's repository.default_branch '{name}' is not a valid branch name");
        }

        return name;
    }

    private static void Ensure(string repository, string name, string input)
    {
        if (Exists(repository, name))
        {
            return;
        }

        var why = "it is not in the checkout";
        if (name.StartsWith("origin/", StringComparison.Ordinal) && name.Length > "origin/".Length)
        {
            var branch = ValidBranch(name["origin/".Length..]);
            try
            {
                string[] depth = GitCli.RunText(repository, "rev-parse", "--is-shallow-repository") == "true" ? ["--depth=1"] : [];
                GitCli.Run(repository, TimeSpan.FromSeconds(120), ["fetch", "--no-tags", "--quiet", .. depth, "origin", $"+refs/heads/{branch}:refs/remotes/{name}"]);
            }
            catch (WorkflowException ex)
            {
                why = $"fetching it failed: {ex.Message}";
            }

            if (Exists(repository, name))
            {
                return;
            }
        }

        throw new WorkflowException(
            $"the trusted ref {name} cannot be read ({why}); policies and .governance/ trust are read from it, never from the change being gated. "
            + $"Fix the checkout: give actions/checkout 'fetch-depth: 0' (or run 'git fetch origin {name.Replace("origin/", "", StringComparison.Ordinal)}' before the action) so origin has the branch, or set the {input} input to a ref the checkout has");
    }

    private static bool Exists(string repository, string name)
    {
        try
        {
            GitCli.RunText(repository, "rev-parse", "--verify", "-q", $"{name}^{{commit}}");
            return true;
        }
        catch (WorkflowException)
        {
            return false;
        }
    }
}
