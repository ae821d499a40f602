using System.Diagnostics.CodeAnalysis;

namespace Governance.GitHub.Teams;

/// <summary>A team named <c>org/team-slug</c>, as policies write it (<c>acme/ml-governance</c>).</summary>
/// <param name="Organization">The organisation login.</param>
/// <param name="Slug">The team slug.</param>
public sealed record TeamName(string Organization, string Slug)
{
    /// <summary>Parses <c>org/slug</c> (a leading <c>@</c> is allowed); throws <see cref="FormatException"/> when malformed.</summary>
    /// <param name="value">The text to parse.</param>
    public static TeamName Parse(string value) =>
        TryParse(value, out var team) ? team : throw new FormatException($"'{value}' is not a team of the form org/team-slug.");

    /// <summary>Parses <c>org/slug</c> without throwing.</summary>
    /// <param name="value">The text to parse.</param>
    /// <param name="team">The team, when well formed.</param>
    public static bool TryParse(string? value, [NotNullWhen(true)] out TeamName? team)
    {
        team = null;
        var parts = value?.Trim().TrimStart('@').Split('/');
        if (parts is not { Length: 2 } || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        team = new TeamName(parts[0], parts[1]);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Organization}/{Slug}";
}
