namespace Governance.GitHub.Rest;

// Wire shapes of the REST responses and request bodies this client uses (snake_case via GitHubJsonContext).
// Only the fields the tool reads are declared; GitHub sends many more.

internal sealed record UserWire(string? Login, string? Type);

internal sealed record ErrorWire(string? Message, string? DocumentationUrl);

internal sealed record ReviewWire(long Id, UserWire? User, string? State, string? CommitId, DateTimeOffset? SubmittedAt, string? HtmlUrl);

internal sealed record BranchRefWire(string? Sha, string? Ref);

internal sealed record PullRequestWire(
    int Number,
    string? State,
    UserWire? User,
    BranchRefWire? Head,
    BranchRefWire? Base,
    string? MergeCommitSha,
    DateTimeOffset? MergedAt,
    string? HtmlUrl);

internal sealed record TeamMembershipWire(string? State, string? Role);

internal sealed record TeamWire(long Id, string? Slug, string? Name);

internal sealed record PermissionWire(string? Permission, string? RoleName);

internal sealed record CommitStatusRequestWire(string State, string? TargetUrl, string Description, string Context);

internal sealed record CommitStatusWire(long Id, string? State, string? Context);

internal sealed record IssueCommentWire(long Id, string? Body, string? HtmlUrl, UserWire? User);

internal sealed record CommentBodyWire(string Body);

internal sealed record EnvironmentWire(long Id, string? Name);

internal sealed record RunApprovalWire(EnvironmentWire[]? Environments, string? State, string? Comment, UserWire? User);

internal sealed record ProtectionRuleReviewWire(string EnvironmentName, string State, string Comment);
