namespace Governance.GitHub.Reviews;

/// <summary>A reviewer whose review does not count, and why, so the caller can explain what is missing.</summary>
/// <param name="Reviewer">The reviewer's login.</param>
/// <param name="Reason">The reason class.</param>
/// <param name="Detail">A sentence for people, e.g. <c>approved 1a2b3c4 but the subject is 5d6e7f8</c>.</param>
/// <param name="ReviewId">The review concerned, if one.</param>
public sealed record IgnoredReview(string Reviewer, IgnoredReviewReason Reason, string Detail, long? ReviewId);
