using Governance.GitHub.Reviews;

namespace Governance.GitHub.Events;

/// <summary>The review a <c>pull_request_review</c> event is about.</summary>
/// <param name="Id">The review id.</param>
/// <param name="State">The review state (payloads use lower case; parsed).</param>
/// <param name="Reviewer">The reviewer's login.</param>
/// <param name="CommitId">The commit the review was submitted against.</param>
public sealed record EventReview(long Id, ReviewState State, string Reviewer, string? CommitId);
