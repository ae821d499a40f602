using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Checkpoints;

/// <summary>
/// A C2SP signed note: text ending in LF, a blank line, then lines <c>— name base64(keyID ‖ signature)</c>.
/// ECDSA P-256 and RSA keys follow Sigstore's convention for signature type 0x02: the key ID is the first 4 bytes
/// of SHA-256 over the DER SubjectPublicKeyInfo; ECDSA signatures are ASN.1 DER over the note text with SHA-256;
/// RSA signatures are PKCS#1 v1.5 with SHA-256.
/// </summary>
public sealed record SignedNote(string Text, IReadOnlyList<NoteSignature> Signatures)
{
    private const string Dash = "\u2014 ";

    /// <summary>The 4-byte note key ID of <paramref name="key"/>.</summary>
    public static uint KeyIdOf(SshPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>Signs <paramref name="text"/> (must end in LF) as <paramref name="keyName"/>.</summary>
    public static SignedNote Sign(string text, string keyName, ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signer);
        if (!text.EndsWith('\n') || keyName.Contains(' ', StringComparison.Ordinal) || keyName.Contains('+', StringComparison.Ordinal))
        {
            throw new ArgumentException("Note text must end in LF; key names have no spaces or '+'.");
        }

        var sig = signer.SignData(Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return new SignedNote(text, [new NoteSignature(keyName, KeyIdOf(signer.PublicKey), sig)]);
    }

    /// <summary>Parses a signed note; throws <see cref="FormatException"/> when malformed.</summary>
    public static SignedNote Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || !note.EndsWith('\n'))
        {
            throw new FormatException("Signed note has no signature block.");
        }

        var text = note[..(split + 1)];
        var signatures = new List<NoteSignature>();
        foreach (var line in note[(split + 2)..^1].Split('\n'))
        {
            if (!line.StartsWith(Dash, StringComparison.Ordinal))
            {
                throw new FormatException("Signature lines must start with an em dash and a space.");
            }

            var parts = line[Dash.Length..].Split(' ');
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new FormatException("Signature line must be '— name base64'.");
            }

            var raw = Convert.FromBase64String(parts[1]);
            if (raw.Length < 5)
            {
                throw new FormatException("Signature is too short.");
            }

            signatures.Add(new NoteSignature(parts[0], BinaryPrimitives.ReadUInt32BigEndian(raw), raw.AsMemory(4)));
        }

        return new SignedNote(text, signatures);
    }

    /// <summary>The note as text.</summary>
    public string Format()
    {
        var sb = new StringBuilder(Text).Append('\n');
        foreach (var s in Signatures)
        {
            var raw = new byte[4 + s.Signature.Length];
            BinaryPrimitives.WriteUInt32BigEndian(raw, s.KeyId);
            s.Signature.Span.CopyTo(raw.AsSpan(4));
            sb.Append(Dash).Append(s.KeyName).Append(' ').Append(Convert.ToBase64String(raw)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// True if a signature by (<paramref name="keyName"/>, <paramref name="key"/>) is present and valid and no
    /// signature claiming that name and key ID is invalid. Signatures by other keys are ignored.
    /// </summary>
    public bool IsSignedBy(string keyName, SshPublicKey key, uint keyId)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = false;
        var data = Encoding.UTF8.GetBytes(Text);
        foreach (var s in Signatures)
        {
            if (s.KeyName != keyName || s.KeyId != keyId)
            {
                continue;
            }

            if (!key.VerifyData(data, s.Signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
            {
                return false;
            }

            found = true;
        }

        return found;
    }
}
