using Governance.Workflows;
using Governance.Workflows.Hosting;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Ledger.Keys;
using Governance.Ledger.Trust;

namespace Governance.Cli.Commands.Keys;

/// <summary>Creates a signing key and prints the lines that trust it.</summary>
internal sealed class KeysGenerateHandler(HostContext context)
{
    /// <summary>Writes the key to <paramref name="output"/> (and its <c>.pub</c>); prints its allowed_signers line.</summary>
    public Task<int> HandleAsync(string output, string? principal, bool recorder, KeyAlgorithm algorithm, bool force, CancellationToken cancellationToken)
    {
        var path = context.Resolve(output);
        if (File.Exists(path) && !force)
        {
            throw new WorkflowException($"{output}: already exists; pass --force to overwrite");
        }

        var name = principal ?? GitEmail() ?? "recorder@governance.local";
        if (name.Any(char.IsWhiteSpace) || name.Contains('"', StringComparison.Ordinal))
        {
            throw new WorkflowException($"--principal: '{name}' may not contain spaces or quotes");
        }

        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = KeyPair.Generate(algorithm);
        var pub = key.Save(path, name);
        context.Error.WriteLine($"wrote {output} (private, mode 0600) and {Path.GetFileName(pub)}; fingerprint {key.PublicKey.Fingerprint}");
        context.Error.WriteLine($"add this line to {TrustLoader.AllowedSignersPath} on the default branch:");
        if (recorder)
        {
            context.Error.WriteLine($"and mark the recorder in {TrustLoader.PrincipalsPath}: {SignerLines.Recorder(name)}");
        }

        context.Output.WriteLine(SignerLines.AllowedSigners(name, key.PublicKey, recorder));
        return Task.FromResult(ExitCodes.Allow);
    }

    private string? GitEmail()
    {
        try
        {
            var email = GitCli.RunText(context.WorkingDirectory, "config", "user.email");
            return email.Length > 0 ? email : null;
        }
        catch (WorkflowException)
        {
            return null;
        }
    }
}
