namespace Governance.Workflows.Recording;

/// <summary>The key files of a record, as the user named them.</summary>
/// <param name="Key">The PEM key (<c>--key</c>): the recorder's, or the person's who signs the statement.</param>
/// <param name="SshKey">The person's SSH key (<c>--ssh-key</c>), instead of a PEM key.</param>
/// <param name="RecorderKey">The recorder key that writes the commit when a person signs (<c>--recorder-key</c>; default <c>GOVERN_RECORDER_KEY</c>).</param>
public sealed record SignerKeys(string? Key, string? SshKey = null, string? RecorderKey = null);
