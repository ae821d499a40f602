namespace Governance.GitHub.Reviews;

/// <summary>Reduces a PR's reviews to one decision per reviewer.</summary>
internal static class ReviewSelector
{
    /// <summary>
    /// Per reviewer (case-insensitive, first-seen order): the latest decisive review (APPROVED or
    /// CHANGES_REQUESTED, or DISMISSED, which cancels earlier approvals; COMMENTED never cancels; PENDING is ignored),
    /// or why none counts.
    /// </summary>
    public static IEnumerable<(string Reviewer, Decision Decision)> LatestDecisions(IReadOnlyList<PullRequestReview> reviews)
    {
        var groups = reviews
            .Where(r => r.Reviewer.Length > 0)
            .GroupBy(r => r.Reviewer, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(r => r.SubmittedAt ?? DateTimeOffset.MaxValue).ThenBy(r => r.Id).ToList();
            var reviewer = ordered[^1].Reviewer;
            var decisive = ordered.LastOrDefault(r => r.State is ReviewState.Approved or ReviewState.ChangesRequested or ReviewState.Dismissed);
            if (decisive?.State == ReviewState.Dismissed)
            {
                // Fail closed, as GitHub does: after a dismissal the pull request needs a new approval from the reviewer,
                // so a dismissed latest review cancels every earlier approval of theirs.
                var cancelled = ordered.TakeWhile(r => !ReferenceEquals(r, decisive)).Any(r => r.State == ReviewState.Approved);
                yield return (reviewer, Ignore(reviewer, IgnoredReviewReason.Dismissed, cancelled
                    ? $"{reviewer}'s latest review was dismissed, which cancels their earlier approval; a new approval is needed."
                    : $"{reviewer}'s review was dismissed.", decisive.Id));
                continue;
            }

            if (decisive is null)
            {
                var dismissed = ordered.LastOrDefault(r => r.State == ReviewState.Dismissed);
                if (dismissed is not null)
                {
                    yield return (reviewer, Ignore(reviewer, IgnoredReviewReason.Dismissed, $"{reviewer}'s review was dismissed.", dismissed.Id));
                }
                else if (ordered.LastOrDefault(r => r.State == ReviewState.Commented) is { } comment)
                {
                    yield return (reviewer, Ignore(reviewer, IgnoredReviewReason.NotDecisive, $"{reviewer} commented but did not approve.", comment.Id));
                }

                continue;
            }

            if (decisive.State == ReviewState.ChangesRequested)
            {
                var superseded = ordered.TakeWhile(r => !ReferenceEquals(r, decisive)).Any(r => r.State == ReviewState.Approved);
                var detail = superseded
                    ? $"{reviewer} later requested changes, which supersedes their approval."
                    : $"{reviewer} requested changes.";
                yield return (reviewer, Ignore(reviewer, IgnoredReviewReason.ChangesRequested, detail, decisive.Id));
                continue;
            }

            yield return (reviewer, new Decision(decisive, null));
        }
    }

    private static Decision Ignore(string reviewer, IgnoredReviewReason reason, string detail, long id) =>
        new(null, new IgnoredReview(reviewer, reason, detail, id));

    /// <summary>Either the approval to examine further, or why the reviewer does not count.</summary>
    internal sealed record Decision(PullRequestReview? Approval, IgnoredReview? Ignored);
}
