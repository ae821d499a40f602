namespace Governance.Core.Evidence;

/// <summary>
/// One person, many names (DESIGN §5 Identities): maps a GitHub login or alias to the principal it belongs to, so
/// distinct-approver counting and author/deployer exclusion work on principals. Names are compared ignoring case.
/// </summary>
public sealed class IdentityMap
{
    private readonly Dictionary<string, string> _principalOf;

    /// <summary>Creates a map from alias (login, e-mail, short name) to principal; principals map to themselves.</summary>
    public IdentityMap(IEnumerable<KeyValuePair<string, string>> aliases, IEnumerable<string> principals)
    {
        _principalOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var principal in principals)
        {
            _principalOf[principal] = principal;
        }

        foreach (var (alias, principal) in aliases)
        {
            _principalOf.TryAdd(alias, principal);
        }
    }

    /// <summary>No identities: every name stands for itself.</summary>
    public static IdentityMap Empty { get; } = new([], []);

    /// <summary>True when no principal is known.</summary>
    public bool IsEmpty => _principalOf.Count == 0;

    /// <summary>The principal a name belongs to, or null when it maps to none.</summary>
    public string? PrincipalOf(string name) => _principalOf.TryGetValue(name, out var principal) ? principal : null;

    /// <summary>The principal a name belongs to, or the name itself when it maps to none.</summary>
    public string Canonical(string name) => PrincipalOf(name) ?? name;

    /// <summary>True when two names are the same person (same principal, or the same name ignoring case).</summary>
    public bool Same(string name, string? other) =>
        other is not null && string.Equals(Canonical(name), Canonical(other), StringComparison.OrdinalIgnoreCase);
}
