using Governance.Audit.Trail;
using Governance.Ledger.Keys;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Workflows.Recording;

/// <summary>Messages for writes the verifier would reject: the reason, and the allowed_signers / principals.yaml line that fixes it.</summary>
internal static class TrustHints
{
    /// <summary>Why a key cannot write ledger commits, with the lines to add.</summary>
    public static string NotARecorder(string keyPath, SshPublicKey key, LedgerTrust trust, DateTimeOffset now)
    {
        var principal = trust.Signers.FindPrincipals(key, TrustStore.GitNamespace, now)
            .Concat(trust.Signers.FindPrincipals(key, TrustStore.AttestationNamespace, now)).FirstOrDefault();
        return principal is null
            ? $"{keyPath}: untrusted-signer: key {key.Fingerprint} is not in {trust.Source} (or not valid now); a recorder needs the allowed_signers line "
              + $"'<principal> namespaces=\"git\" {key.ToOpenSsh()}' and '<principal>: {{ recorder: true }}' in {TrustLoader.PrincipalsPath}"
            : $"{keyPath}: untrusted-signer: {principal} is not a recorder, and only recorder keys write ledger commits; "
              + $"to make it one, its allowed_signers line needs namespaces=\"git\" ('{SignerLines.AllowedSigners(principal, key, recorder: true)}') "
              + $"and {TrustLoader.PrincipalsPath} needs '{SignerLines.Recorder(principal)}' under principals: (a person signs with --key and a recorder key writes with --recorder-key)";
    }

    /// <summary>The message for an append the verifier would reject; nothing was written.</summary>
    public static string Rejected(AppendRejectedException ex, LedgerSession session)
    {
        var text = $"entry {ex.Seq} would fail verification, so nothing was recorded: {TrailVerification.KindName(ex.Kind)}: {ex.Message}";
        if (ex.Kind == TamperKind.UntrustedSigner)
        {
            text += session.Person is { } person
                ? $"; the statement's signer needs the allowed_signers line '{SignerLines.AllowedSigners(person.Principal, person.PublicKey, recorder: false)}' in {session.Trust.Source}"
                : $"; the recorder needs '{SignerLines.AllowedSigners(session.Principal, session.Key.PublicKey, recorder: true)}' in {session.Trust.Source} and '{SignerLines.Recorder(session.Principal)}' in {TrustLoader.PrincipalsPath}";
        }

        return text;
    }
}
