using System.CommandLine;

namespace Governance.Cli.Commands.Shared;

/// <summary>The key options of writing commands, spelled and described the same everywhere.</summary>
internal static class KeyOptions
{
    /// <summary>The <c>--key</c> option every writing command takes: the recorder key.</summary>
    public static Option<string?> Recorder() => new("--key") { Description = "Recorder key (PKCS#8 PEM); its principal must be a recorder (principals.yaml) in the trusted allowed_signers" };

    /// <summary>The <c>--key</c> of commands a person signs (approve, waive, attestations).</summary>
    public static Option<string?> Person(bool required = true) => new("--key") { Description = "Your key (PKCS#8 PEM): signs the statement; its principal is the one the record counts for", Required = required };

    /// <summary>The <c>--ssh-key</c> option: a person signs with their own SSH key through ssh-keygen instead of <c>--key</c>.</summary>
    public static Option<string?> Ssh() => new("--ssh-key") { Description = "Your Ed25519 SSH key instead of --key: a private key file, or its .pub when the key is in ssh-agent (signs via ssh-keygen -Y sign)" };

    /// <summary>The <c>--recorder-key</c> that writes the ledger commit for a person's statement.</summary>
    public static Option<string?> RecorderKey() => new("--recorder-key") { Description = "Recorder key that writes the ledger commit (default: $GOVERN_RECORDER_KEY; not needed when --key is itself a recorder allowed to sign statements)" };
}
