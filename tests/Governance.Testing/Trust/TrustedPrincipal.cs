namespace Governance.Testing.Trust;

/// <summary>
/// One principal a <see cref="TrustedRepository"/> trusts: the key file name (<c>keys/{KeyName}.pem</c>), the
/// principal, whether the key is a recorder's, and its <c>principals.yaml</c> entry (flow YAML; null: not listed there).
/// </summary>
public sealed record TrustedPrincipal(string KeyName, string Principal, bool Recorder, string? Entry)
{
    /// <summary>A recorder key (namespace <c>git</c>; <c>{ recorder: true }</c>).</summary>
    public static TrustedPrincipal RecorderKey(string keyName, string principal) => new(keyName, principal, true, "{ recorder: true }");

    /// <summary>A person key (namespace <c>governance-attestation</c>) in <paramref name="teams"/>.</summary>
    public static TrustedPrincipal Person(string keyName, string principal, params string[] teams) =>
        new(keyName, principal, false, $"{{ teams: [{string.Join(", ", teams)}] }}");

    /// <summary>A person key in allowed_signers only (no principals.yaml entry: no teams, no aliases).</summary>
    public static TrustedPrincipal KeyOnly(string keyName, string principal) => new(keyName, principal, false, null);
}
