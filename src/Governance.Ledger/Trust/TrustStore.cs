using Governance.Ledger.Keys;

namespace Governance.Ledger.Trust;

/// <summary>
/// Who may sign what: an allowed_signers file. Verification finds keys only here, never from a key or
/// algorithm named inside a signed object.
/// </summary>
public sealed class TrustStore
{
    /// <summary>Namespace of ledger commit signatures and checkpoints (the recorder key).</summary>
    public const string GitNamespace = "git";

    /// <summary>Namespace of DSSE envelopes signed by people (approvals, waivers, attestations).</summary>
    public const string AttestationNamespace = "governance-attestation";

    private TrustStore(IReadOnlyList<AllowedSigner> signers, IReadOnlyList<string> warnings, IReadOnlySet<string>? recorders = null)
    {
        Signers = signers;
        Warnings = warnings;
        Recorders = recorders;
    }

    /// <summary>
    /// The principals with the recorder role (principals.yaml <c>recorder: true</c>): only their keys may sign ledger
    /// commits and checkpoints. Null when the caller declared no roles (library use): then any key allowed in the
    /// <c>git</c> namespace records, as before trust v2. The CLI always declares roles.
    /// </summary>
    public IReadOnlySet<string>? Recorders { get; }

    /// <summary>This store with the recorder role given to <paramref name="principals"/> (and to nobody else).</summary>
    public TrustStore WithRecorders(IEnumerable<string> principals) =>
        new(Signers, Warnings, principals.ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The recorder principal that <paramref name="key"/> may write ledger commits and checkpoints as at
    /// <paramref name="time"/>: a line naming a recorder principal and permitting namespace <c>git</c>; else null.
    /// Ed25519 keys are people's keys (statements only) and never record, whatever their line says.
    /// </summary>
    public string? RecorderOf(SshPublicKey key, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Algorithm == KeyAlgorithm.Ed25519)
        {
            return null;
        }

        if (Recorders is null)
        {
            return FindPrincipals(key, GitNamespace, time) is { Count: > 0 } names ? names[0] : null;
        }

        return Recorders.FirstOrDefault(r => IsAllowed(r, key, GitNamespace, time));
    }

    /// <summary>The parsed lines.</summary>
    public IReadOnlyList<AllowedSigner> Signers { get; }

    /// <summary>Lines that were ignored and why (unsupported key types, cert-authority).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Parses allowed_signers text; throws <see cref="FormatException"/> with the line number on errors.</summary>
    public static TrustStore Parse(string allowedSigners)
    {
        ArgumentNullException.ThrowIfNull(allowedSigners);
        var (signers, warnings) = AllowedSignersParser.Parse(allowedSigners);
        return new TrustStore(signers, warnings);
    }

    /// <summary>Loads an allowed_signers file.</summary>
    public static TrustStore Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Principal patterns that <paramref name="key"/> may act as in <paramref name="namespace"/> at <paramref name="time"/>.</summary>
    public IReadOnlyList<string> FindPrincipals(SshPublicKey key, string @namespace, DateTimeOffset time) =>
        Signers.Where(s => s.Key.Equals(key) && s.Permits(@namespace, time)).Select(s => s.Principals).ToList();

    /// <summary>True when <paramref name="key"/> may sign as <paramref name="principal"/> in <paramref name="namespace"/> at <paramref name="time"/>.</summary>
    public bool IsAllowed(string principal, SshPublicKey key, string @namespace, DateTimeOffset time) =>
        Signers.Any(s => s.Key.Equals(key) && s.Names(principal) && s.Permits(@namespace, time));

    /// <summary>Distinct keys allowed in <paramref name="namespace"/> at <paramref name="time"/> (candidates for DSSE/checkpoint verification).</summary>
    public IReadOnlyList<SshPublicKey> KeysFor(string @namespace, DateTimeOffset time) =>
        Signers.Where(s => s.Permits(@namespace, time)).Select(s => s.Key).Distinct().ToList();

    /// <summary>The trusted instance of <paramref name="claimed"/> if the file lists that key (any options), else null.</summary>
    public SshPublicKey? Resolve(SshPublicKey claimed) => Signers.FirstOrDefault(s => s.Key.Equals(claimed))?.Key;

    /// <summary>Every distinct key in the file, whatever its options.</summary>
    public IReadOnlyList<SshPublicKey> AllKeys() => Signers.Select(s => s.Key).Distinct().ToList();
}
