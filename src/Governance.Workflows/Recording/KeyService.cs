using Governance.Ledger.Keys;
using Governance.Ledger.Trust;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Recording;

/// <summary><c>govern keys generate</c>: a signing key (PEM, mode 0600), its OpenSSH <c>.pub</c>, and the lines that trust it.</summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class KeyService(HostContext context)
{
    /// <summary>
    /// Writes a new key to <paramref name="output"/> (and its <c>.pub</c>) for <paramref name="principal"/> (default: git
    /// <c>user.email</c>); an existing file is kept unless <paramref name="force"/>.
    /// </summary>
    public Task<GeneratedKey> GenerateAsync(string output, string? principal, bool recorder, KeyAlgorithm algorithm, bool force, CancellationToken cancellationToken)
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
        return Task.FromResult(new GeneratedKey(
            Path.GetFileName(pub), key.PublicKey.Fingerprint, SignerLines.AllowedSigners(name, key.PublicKey, recorder), recorder ? SignerLines.Recorder(name) : null));
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
