using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Ledger.Keys;
using Governance.Ledger.Trust;

namespace Governance.Cli.Commands.Keys;

/// <summary><c>govern keys generate</c>: a signing key (PEM, mode 0600), its OpenSSH <c>.pub</c>, and the allowed_signers line.</summary>
internal static class KeysCommand
{
    /// <summary>The <c>--role</c> of a key that writes ledger commits and checkpoints.</summary>
    public const string Recorder = "recorder";

    /// <summary>The <c>--role</c> of a key that signs its holder's statements only.</summary>
    public const string Person = "person";

    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Option<string> output = new("--out") { Description = "Private key path; the public key is written beside it as <path>.pub", Required = true };
        Option<string?> principal = new("--principal") { Description = "Principal for the allowed_signers line (default: git user.email)" };
        Option<bool> rsa = new("--rsa") { Description = "RSA-3072 instead of ECDSA P-256" };
        Option<bool> force = new("--force") { Description = "Overwrite an existing key file" };
        Option<string> role = new("--role")
        {
            Description = "recorder: writes ledger commits and checkpoints (namespace git; mark it recorder: true in principals.yaml). person: signs statements about their own decisions only (namespace governance-attestation)",
            DefaultValueFactory = _ => Person,
        };
        role.AcceptOnlyFromAmong(Recorder, Person);
        var generate = new Command("generate", "Create a signing key and print its allowed_signers line") { output, principal, role, rsa, force };
        generate.SetAction((parse, cancellationToken) => new KeysGenerateHandler(context).HandleAsync(
            parse.GetRequiredValue(output), parse.GetValue(principal), parse.GetValue(role) == Recorder, parse.GetValue(rsa) ? KeyAlgorithm.Rsa : KeyAlgorithm.EcdsaP256, parse.GetValue(force), cancellationToken));
        return new Command("keys", "Manage signing keys") { generate };
    }

    /// <summary>The allowed_signers line of a recorder key (namespace <c>git</c>).</summary>
    public static string AllowedSignersLine(string principal, SshPublicKey key) => SignerLines.AllowedSigners(principal, key, recorder: true);
}
