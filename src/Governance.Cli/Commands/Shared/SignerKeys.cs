namespace Governance.Cli.Commands.Shared;

/// <summary>The key files of a person-signed record, as the user named them.</summary>
/// <param name="Key">The person's PEM key (<c>--key</c>).</param>
/// <param name="SshKey">The person's SSH key (<c>--ssh-key</c>).</param>
/// <param name="RecorderKey">The recorder key that writes the commit (<c>--recorder-key</c>).</param>
internal sealed record SignerKeys(string? Key, string? SshKey, string? RecorderKey);
