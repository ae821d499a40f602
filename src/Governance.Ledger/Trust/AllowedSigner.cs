using Governance.Ledger.Keys;

namespace Governance.Ledger.Trust;

/// <summary>One line of an allowed_signers file.</summary>
/// <param name="Principals">The principal pattern list, e.g. <c>*@example.com,ci@example.com</c>.</param>
/// <param name="Key">The public key.</param>
/// <param name="Namespaces">The namespace pattern list, or null when unrestricted.</param>
/// <param name="ValidAfter">Start of validity, or null.</param>
/// <param name="ValidBefore">End of validity (exclusive), or null.</param>
/// <param name="IsCertificateAuthority">True for <c>cert-authority</c> lines, which this tool never matches (no SSH certificates).</param>
/// <param name="LineNumber">1-based line number in the file.</param>
public sealed record AllowedSigner(
    string Principals,
    SshPublicKey Key,
    string? Namespaces,
    DateTimeOffset? ValidAfter,
    DateTimeOffset? ValidBefore,
    bool IsCertificateAuthority,
    int LineNumber)
{
    /// <summary>True when this line lets its key sign in <paramref name="namespace"/> at <paramref name="time"/>.</summary>
    public bool Permits(string @namespace, DateTimeOffset time) =>
        !IsCertificateAuthority
        && (Namespaces is null || SshPattern.MatchList(@namespace, Namespaces))
        && (ValidAfter is null || time >= ValidAfter)
        && (ValidBefore is null || time < ValidBefore);

    /// <summary>True when <paramref name="principal"/> matches this line's principal patterns.</summary>
    public bool Names(string principal) => SshPattern.MatchList(principal, Principals);
}
