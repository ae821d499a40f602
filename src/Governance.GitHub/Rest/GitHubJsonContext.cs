using System.Text.Json.Serialization;

namespace Governance.GitHub.Rest;

/// <summary>Source-generated (reflection-free) serialization for the GitHub wire shapes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(ReviewWire[]))]
[JsonSerializable(typeof(PullRequestWire))]
[JsonSerializable(typeof(PullRequestWire[]))]
[JsonSerializable(typeof(TeamMembershipWire))]
[JsonSerializable(typeof(TeamWire))]
[JsonSerializable(typeof(PermissionWire))]
[JsonSerializable(typeof(CommitStatusRequestWire))]
[JsonSerializable(typeof(CommitStatusWire))]
[JsonSerializable(typeof(IssueCommentWire))]
[JsonSerializable(typeof(IssueCommentWire[]))]
[JsonSerializable(typeof(CommentBodyWire))]
[JsonSerializable(typeof(RunApprovalWire[]))]
[JsonSerializable(typeof(ProtectionRuleReviewWire))]
internal sealed partial class GitHubJsonContext : JsonSerializerContext;
