namespace Governance.Core.Policies;

/// <summary>People named directly or by team: <c>{ teams: [...], users: [...] }</c>.</summary>
/// <param name="Teams">Team slugs such as <c>acme/ml-governance</c>.</param>
/// <param name="Users">User names or signer principals.</param>
public sealed record PrincipalSet(IReadOnlyList<string> Teams, IReadOnlyList<string> Users)
{
    /// <summary>Nobody.</summary>
    public static PrincipalSet Nobody { get; } = new([], []);

    /// <summary>Everybody: used where only binding, not membership, matters.</summary>
    public static PrincipalSet Anyone { get; } = new([], []) { IsAnyone = true };

    /// <summary>True for <see cref="Anyone"/>.</summary>
    public bool IsAnyone { get; private init; }

    /// <summary>True when a person with the given team memberships belongs to this set.</summary>
    public bool Contains(string person, IReadOnlyList<string> teams) => MatchingTeam(person, teams) is not null;

    /// <summary>The reason the person belongs (<c>user</c> or the first matching team), or null.</summary>
    public string? MatchingTeam(string person, IReadOnlyList<string> teams)
    {
        if (IsAnyone)
        {
            return "anyone";
        }

        // Index loops: this runs for every approval of every approvals rule, and foreach over an interface allocates.
        for (var i = 0; i < Users.Count; i++)
        {
            if (string.Equals(Users[i], person, StringComparison.OrdinalIgnoreCase))
            {
                return "user";
            }
        }

        for (var i = 0; i < Teams.Count; i++)
        {
            for (var j = 0; j < teams.Count; j++)
            {
                if (string.Equals(Teams[i], teams[j], StringComparison.OrdinalIgnoreCase))
                {
                    return Teams[i];
                }
            }
        }

        return null;
    }

    /// <summary>Describes the set for messages: <c>team acme/ml-governance or users alice, bob</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>(2);
        if (Teams.Count > 0)
        {
            parts.Add((Teams.Count == 1 ? "team " : "teams ") + string.Join(", ", Teams));
        }

        if (Users.Count > 0)
        {
            parts.Add((Users.Count == 1 ? "user " : "users ") + string.Join(", ", Users));
        }

        return IsAnyone ? "anyone" : parts.Count == 0 ? "nobody" : string.Join(" or ", parts);
    }
}
