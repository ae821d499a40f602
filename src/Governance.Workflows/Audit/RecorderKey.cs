using System.Security.Cryptography;
using Governance.Ledger.Keys;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Audit;

/// <summary>The recorder key of <c>govern audit push</c>: a PEM file, else PEM text in <see cref="Variable"/> (the action's <c>signing-key</c>).</summary>
public static class RecorderKey
{
    /// <summary>The environment variable holding the recorder key's PEM text.</summary>
    public const string Variable = "GOVERNANCE_SIGNING_KEY";

    /// <summary>Loads the key from <paramref name="keyPath"/> (as the user named it) or <see cref="Variable"/>.</summary>
    /// <exception cref="WorkflowException">Neither is given, or the variable holds no usable key (exit 2).</exception>
    public static KeyPair Load(HostContext context, string? keyPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (keyPath is not null)
        {
            return KeyFiles.Load(context.Resolve(keyPath), keyPath);
        }

        if (context.Env(Variable) is { } pem)
        {
            try
            {
                return KeyPair.FromPem(pem);
            }
            catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
            {
                throw new WorkflowException($"${Variable} does not hold a usable private key");
            }
        }

        throw new WorkflowException($"push needs the recorder key to rebase if the remote moved: pass --key <pem> or set ${Variable}");
    }
}
