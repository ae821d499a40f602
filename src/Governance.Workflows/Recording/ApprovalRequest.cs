using Governance.Core.Subjects;

namespace Governance.Workflows.Recording;

/// <summary>A person's approval (or its revocation) of one model digest.</summary>
/// <param name="Model">The model name.</param>
/// <param name="Digest">The exact digest approved.</param>
/// <param name="Reason">Why, if said.</param>
/// <param name="Commit">The commit the approval is for, if any.</param>
/// <param name="Revoke">Revoke the person's earlier approval instead.</param>
public sealed record ApprovalRequest(string Model, Digest Digest, string? Reason = null, string? Commit = null, bool Revoke = false);
