namespace Governance.Audit.Bundles;

/// <summary>The file names inside an evidence bundle (docs/auditor.md).</summary>
public static class BundleLayout
{
    /// <summary>The ledger as a git bundle of <c>refs/governance/ledger</c>.</summary>
    public const string Ledger = "ledger.bundle";

    /// <summary>The trusted allowed_signers.</summary>
    public const string AllowedSigners = "trust/allowed_signers";

    /// <summary>The trusted principals.yaml (when the trusted ref has one).</summary>
    public const string Principals = "trust/principals.yaml";

    /// <summary>Where the trust files came from and the commit.</summary>
    public const string TrustSource = "trust/SOURCE";

    /// <summary>The newest signed checkpoint (C2SP signed note).</summary>
    public const string Checkpoint = "checkpoint";

    /// <summary>RFC 9162 inclusion proofs of the exported entries against <see cref="Checkpoint"/>.</summary>
    public const string Proofs = "proofs/inclusion.jsonl";

    /// <summary>The folder of decision attestations (DSSE envelopes).</summary>
    public const string Attestations = "attestations/";

    /// <summary>The HTML report.</summary>
    public const string Report = "report.html";

    /// <summary>The control mapping.</summary>
    public const string Controls = "controls.csv";

    /// <summary>The auditor's README.</summary>
    public const string Readme = "README.md";

    /// <summary>SHA-256 of every other file, <c>sha256sum -c</c> format.</summary>
    public const string Manifest = "MANIFEST";

    /// <summary>The recorder's SSHSIG over <see cref="Manifest"/> (namespace <c>git</c>).</summary>
    public const string ManifestSignature = "MANIFEST.sig";

    /// <summary>The attestation file of a decision entry.</summary>
    public static string AttestationOf(long seq) => $"{Attestations}decision-{seq:D8}.dsse.json";
}
