using System.Globalization;
using System.Text;
using Governance.Ledger.Keys;

namespace Governance.Ledger.Trust;

/// <summary>
/// Parses the OpenSSH allowed_signers format (ssh-keygen(1) "ALLOWED SIGNERS"):
/// <c>principals [options] keytype base64 [comment]</c>, with <c>#</c> comments, quoted principals and the
/// options <c>namespaces</c>, <c>valid-after</c>, <c>valid-before</c> and <c>cert-authority</c>.
/// </summary>
internal static class AllowedSignersParser
{
    private static readonly string[] KnownKeyTypes =
    [
        SshPublicKey.EcdsaP256Type, SshPublicKey.RsaType, "ssh-ed25519", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ecdsa-sha2-nistp256@openssh.com", "sk-ssh-ed25519@openssh.com", "ssh-dss",
    ];

    public static (List<AllowedSigner> Signers, List<string> Warnings) Parse(string text)
    {
        var signers = new List<AllowedSigner>();
        var warnings = new List<string>();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tokens = Tokenize(line);
            if (tokens.Count < 3)
            {
                throw new FormatException($"allowed_signers:{i + 1}: expected 'principals [options] keytype key'.");
            }

            var principals = Unquote(tokens[0]);
            var index = 1;
            string? options = null;
            if (!KnownKeyTypes.Contains(tokens[1]))
            {
                options = tokens[1];
                index = 2;
            }

            if (tokens.Count < index + 2)
            {
                throw new FormatException($"allowed_signers:{i + 1}: missing key.");
            }

            if (tokens[index] is not (SshPublicKey.EcdsaP256Type or SshPublicKey.RsaType or Ed25519PublicKey.KeyType))
            {
                warnings.Add($"allowed_signers:{i + 1}: key type '{tokens[index]}' is not supported by this tool; line ignored.");
                continue;
            }

            SshPublicKey key;
            try
            {
                key = OpenSshPublicKeyFormat.Parse(tokens[index] + " " + tokens[index + 1]).Key;
            }
            catch (FormatException ex)
            {
                throw new FormatException($"allowed_signers:{i + 1}: {ex.Message}", ex);
            }

            var signer = ApplyOptions(new AllowedSigner(principals, key, null, null, null, false, i + 1), options);
            if (signer.IsCertificateAuthority)
            {
                warnings.Add($"allowed_signers:{i + 1}: cert-authority lines are not supported (no SSH certificates); line never matches.");
            }

            signers.Add(signer);
        }

        return (signers, warnings);
    }

    private static AllowedSigner ApplyOptions(AllowedSigner signer, string? options)
    {
        if (options is null)
        {
            return signer;
        }

        foreach (var option in SplitOutsideQuotes(options, ','))
        {
            var eq = option.IndexOf('=', StringComparison.Ordinal);
            var name = (eq < 0 ? option : option[..eq]).ToLowerInvariant();
            var value = eq < 0 ? null : Unquote(option[(eq + 1)..]);
            signer = (name, value) switch
            {
                ("cert-authority", null) => signer with { IsCertificateAuthority = true },
                ("namespaces", { } v) => signer with { Namespaces = v },
                ("valid-after", { } v) => signer with { ValidAfter = ParseTime(v, signer.LineNumber) },
                ("valid-before", { } v) => signer with { ValidBefore = ParseTime(v, signer.LineNumber) },
                _ => throw new FormatException($"allowed_signers:{signer.LineNumber}: unsupported option '{option}'."),
            };
        }

        return signer;
    }

    private static DateTimeOffset ParseTime(string value, int line)
    {
        var utc = value.EndsWith('Z') || value.EndsWith('z');
        var digits = utc ? value[..^1] : value;
        string[] formats = ["yyyyMMdd", "yyyyMMddHHmm", "yyyyMMddHHmmss"];
        if (!DateTime.TryParseExact(digits, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new FormatException($"allowed_signers:{line}: invalid time '{value}'.");
        }

        return utc
            ? new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc))
            : new DateTimeOffset(parsed, TimeZoneInfo.Local.GetUtcOffset(parsed));
    }

    private static List<string> Tokenize(string line) =>
        SplitOutsideQuotes(line, ' ', '\t').Where(t => t.Length > 0).ToList();

    private static List<string> SplitOutsideQuotes(string text, params char[] separators)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (!quoted && separators.Contains(c))
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException("allowed_signers: unterminated quote.");
        }

        result.Add(current.ToString());
        return result;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
