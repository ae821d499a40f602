using Governance.Ledger.Keys;
using Governance.Ledger.Trust;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Keys;

/// <summary>Creates a signing key (<see cref="KeyService"/>) and prints the lines that trust it.</summary>
internal sealed class KeysGenerateHandler(HostContext context)
{
    /// <summary>Writes the key to <paramref name="output"/> (and its <c>.pub</c>); prints its allowed_signers line.</summary>
    public async Task<int> HandleAsync(string output, string? principal, bool recorder, KeyAlgorithm algorithm, bool force, CancellationToken cancellationToken)
    {
        var key = await new KeyService(context).GenerateAsync(output, principal, recorder, algorithm, force, cancellationToken).ConfigureAwait(false);
        context.Error.WriteLine($"wrote {output} (private, mode 0600) and {key.PublicKeyFile}; fingerprint {key.Fingerprint}");
        context.Error.WriteLine($"add this line to {TrustLoader.AllowedSignersPath} on the default branch:");
        if (key.RecorderLine is { } line)
        {
            context.Error.WriteLine($"and mark the recorder in {TrustLoader.PrincipalsPath}: {line}");
        }

        context.Output.WriteLine(key.AllowedSignersLine);
        return ExitCodes.Allow;
    }
}
