using System.CommandLine;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Keys;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger;

/// <summary><c>govern keys generate</c>: a signing key (PEM, mode 0600), its OpenSSH <c>.pub</c>, and the allowed_signers line.</summary>
public static class KeysCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Option<string> output = new("--out") { Description = "Private key path; the public key is written beside it as <path>.pub", Required = true };
        Option<string?> principal = new("--principal") { Description = "Principal for the allowed_signers line (default: git user.email)" };
        Option<bool> rsa = new("--rsa") { Description = "RSA-3072 instead of ECDSA P-256" };
        Option<bool> force = new("--force") { Description = "Overwrite an existing key file" };
        var generate = new Command("generate", "Create a signing key and print its allowed_signers line") { output, principal, rsa, force };
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
            context.Error.WriteLine($"add this line to {TrustLoader.AllowedSignersPath} on the default branch:");
            context.Output.WriteLine(AllowedSignersLine(name, key.PublicKey));
            return ExitCodes.Allow;
        });
        return new Command("keys", "Manage signing keys") { generate };
    }

    /// <summary>The allowed_signers line granting a principal both ledger namespaces.</summary>
    public static string AllowedSignersLine(string principal, SshPublicKey key) =>
        $"{principal} namespaces=\"{TrustStore.GitNamespace},{TrustStore.AttestationNamespace}\" {key.ToOpenSsh()}";

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
