using System.CommandLine;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Keys;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger;

/// <summary><c>govern keys generate</c>: a signing key (PEM, mode 0600), its OpenSSH <c>.pub</c>, and the allowed_signers line.</summary>
internal static class KeysCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
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
        generate.SetAction(parse =>
        {
            var path = context.Resolve(parse.GetRequiredValue(output));
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw new CliException($"{parse.GetRequiredValue(output)}: already exists; pass --force to overwrite");
            }

            var name = parse.GetValue(principal) ?? GitEmail(context) ?? "recorder@governance.local";
            if (name.Any(char.IsWhiteSpace) || name.Contains('"', StringComparison.Ordinal))
            {
                throw new CliException($"--principal: '{name}' may not contain spaces or quotes");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var key = KeyPair.Generate(parse.GetValue(rsa) ? KeyAlgorithm.Rsa : KeyAlgorithm.EcdsaP256);
            var pub = key.Save(path, name);
            context.Error.WriteLine($"wrote {parse.GetRequiredValue(output)} (private, mode 0600) and {Path.GetFileName(pub)}; fingerprint {key.PublicKey.Fingerprint}");
            var asRecorder = parse.GetValue(role) == Recorder;
            context.Error.WriteLine($"add this line to {TrustLoader.AllowedSignersPath} on the default branch:");
            if (asRecorder)
            {
                context.Error.WriteLine($"and mark the recorder in {TrustLoader.PrincipalsPath}: {RecorderLine(name)}");
            }

            context.Output.WriteLine(AllowedSignersLine(name, key.PublicKey, asRecorder));
            return ExitCodes.Allow;
        });
        return new Command("keys", "Manage signing keys") { generate };
    }

    /// <summary>The <c>--role</c> of a key that writes ledger commits and checkpoints.</summary>
    public const string Recorder = "recorder";

    /// <summary>The <c>--role</c> of a key that signs its holder's statements only.</summary>
    public const string Person = "person";

    /// <summary>The allowed_signers line for a role: a recorder gets namespace <c>git</c>, a person <c>governance-attestation</c>.</summary>
    public static string AllowedSignersLine(string principal, SshPublicKey key, bool recorder) =>
        $"{principal} namespaces=\"{(recorder ? TrustStore.GitNamespace : TrustStore.AttestationNamespace)}\" {key.ToOpenSsh()}";

    /// <summary>The allowed_signers line of a recorder key (namespace <c>git</c>).</summary>
    public static string AllowedSignersLine(string principal, SshPublicKey key) => AllowedSignersLine(principal, key, recorder: true);

    /// <summary>The principals.yaml entry (under <c>principals:</c>) that gives a principal the recorder role.</summary>
    public static string RecorderLine(string principal) => $"{principal}: {{ recorder: true }}";

    private static string? GitEmail(CliContext context)
    {
        try
        {
            var email = GitCli.RunText(context.WorkingDirectory, "config", "user.email");
            return email.Length > 0 ? email : null;
        }
        catch (CliException)
        {
            return null;
        }
    }
}
