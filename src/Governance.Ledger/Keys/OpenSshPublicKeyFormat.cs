namespace Governance.Ledger.Keys;

/// <summary>Parses the OpenSSH one-line public key format: <c>keytype base64 [comment]</c>.</summary>
public static class OpenSshPublicKeyFormat
{
    /// <summary>Parses a <c>.pub</c> line; throws <see cref="FormatException"/> when it is malformed or the type disagrees with the blob.</summary>
    public static (SshPublicKey Key, string? Comment) Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            throw new FormatException("An OpenSSH public key needs a key type and base64 data.");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException ex)
        {
            throw new FormatException("OpenSSH public key data is not valid base64.", ex);
        }

        var key = SshPublicKey.FromBlob(blob);
        if (key.KeyType != parts[0])
        {
            throw new FormatException($"Key type '{parts[0]}' does not match the key data ('{key.KeyType}').");
        }

        return (key, parts.Length > 2 ? parts[2] : null);
    }
}
