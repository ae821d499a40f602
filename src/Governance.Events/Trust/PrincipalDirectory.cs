using Governance.Core.Evidence;

namespace Governance.Events.Trust;

/// <summary>
/// Who is who (trust v2): which teams each signer principal belongs to, and which principals have the recorder role.
/// Only a recorder's key may write ledger commits and checkpoints, and relay facts made elsewhere (file evidence,
/// GitHub reviews); everyone else is a person, who only signs statements. A principal may also be known by its GitHub
/// login and other aliases, so one person counts once whatever name a source uses (DESIGN §5 Identities).
/// The model only; <c>principals.yaml</c> is parsed by the host.
/// </summary>
public sealed class PrincipalDirectory
{
    private readonly Dictionary<string, Principal> _principals = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a directory.</summary>
    /// <param name="principals">The principals, in file order (a later one of the same name replaces an earlier one).</param>
    /// <param name="aliases">GitHub logins and other aliases (case-insensitive), each mapped to its principal.</param>
    public PrincipalDirectory(IEnumerable<Principal> principals, IEnumerable<KeyValuePair<string, string>>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(principals);
        foreach (var principal in principals)
        {
            _principals[principal.Name] = principal;
        }

        foreach (var (alias, principal) in aliases ?? [])
        {
            _aliases[alias] = principal;
        }
    }

    /// <summary>No principals: nobody is in any team and nobody is a recorder.</summary>
    public static PrincipalDirectory Empty { get; } = new([]);

    /// <summary>Every principal named in the file.</summary>
    public IEnumerable<string> Names => _principals.Keys;

    /// <summary>Every principal with the recorder role, in ordinal order.</summary>
    public IReadOnlyList<string> Recorders => [.. _principals.Values.Where(p => p.Recorder).Select(p => p.Name).Order(StringComparer.Ordinal)];

    /// <summary>The principal a name, GitHub login or alias belongs to, or null.</summary>
    public string? PrincipalOf(string name) =>
        _principals.ContainsKey(name) ? name : _aliases.TryGetValue(name, out var principal) ? principal : null;

    /// <summary>The identities for evaluation: every alias and GitHub login mapped to its principal.</summary>
    public IdentityMap Identities() => new(_aliases, _principals.Keys);

    /// <summary>The teams a principal belongs to.</summary>
    public IReadOnlyList<string> TeamsOf(string principal) => _principals.TryGetValue(principal, out var p) ? p.Teams : [];

    /// <summary>True when the principal has the recorder role (writes ledger commits, relays facts on others' behalf).</summary>
    public bool IsRecorder(string principal) => _principals.TryGetValue(principal, out var p) && p.Recorder;
}
