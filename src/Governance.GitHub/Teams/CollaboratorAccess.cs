namespace Governance.GitHub.Teams;

/// <summary>A user's permission on a repository.</summary>
/// <param name="Permission">The base permission: <c>admin</c>, <c>write</c>, <c>read</c> or <c>none</c>.</param>
/// <param name="RoleName">The role, including custom roles (e.g. <c>maintain</c>, <c>triage</c>).</param>
public sealed record CollaboratorAccess(string Permission, string? RoleName)
{
    /// <summary>True for <c>write</c> or <c>admin</c> (or the <c>maintain</c> role).</summary>
    public bool CanWrite =>
        Permission is "admin" or "write" || RoleName is "maintain" or "admin" or "write";
}
