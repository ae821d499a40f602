namespace Governance.GitHub.Teams;

/// <summary>A user's membership of a team.</summary>
public enum TeamMembershipState
{
    /// <summary>Not a member (GitHub answered 404 for a team the token can see).</summary>
    NotMember,

    /// <summary>Invited but not yet accepted: does not count.</summary>
    Pending,

    /// <summary>An active member: counts.</summary>
    Active,
}
