using Governance.Workflows.Check;
using Governance.Workflows;
using Governance.Workflows.Hosting;
using Governance.Core.Evidence;
using Governance.GitHub.Evidence;

namespace Governance.Workflows.GitHub;

/// <summary>The check's GitHub evidence source, set up from the command's options and environment.</summary>
internal static class GitHubEvidence
{
    /// <summary>The source for a check that asks GitHub (<c>--github</c>, <c>--pull-request</c>, or a protection rule).</summary>
    public static IEvidenceSource Source(HostContext context, CheckOptions options)
    {
        var mode = options.PullRequest ? GitHubEvidenceMode.PullRequest
            : options.ProtectionRule ? GitHubEvidenceMode.ProtectionRule
            : GitHubEvidenceMode.Approvals;
        var repository = context.Resolve(options.Repository ?? ".");
        return new Mapped(new GitHubEvidenceSource(new GitHubEvidenceSettings(mode, context.Env, context.Output, context.Time)
        {
            CommitAuthors = (commit, ct) => CommitAuthorsAsync(repository, commit, ct),
            Warn = warning => context.Error.WriteLine($"govern: warning: {warning}"),
        }));
    }

    /// <summary>The run facts the GitHub source returned beside its evidence, for the publisher.</summary>
    public static GitHubRun? RunOf(EvidenceBatch? batch) => batch?.State as GitHubRun;

    private static async Task<IReadOnlyList<string>> CommitAuthorsAsync(string repository, string commit, CancellationToken cancellationToken)
    {
        try
        {
            var text = await GitCli.RunTextAsync(repository, cancellationToken, "log", "-1", "--format=%an%n%ae", commit, "--").ConfigureAwait(false);
            return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        catch (WorkflowException)
        {
            // The commit is not in the checkout (e.g. a shallow clone of another ref): the sender stands for the author.
            return [];
        }
    }

    private sealed class Mapped(GitHubEvidenceSource source) : IEvidenceSource
    {
        public Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken) =>
            GitHubCalls.Run(() => source.CollectAsync(request, cancellationToken));
    }
}
