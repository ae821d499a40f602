using System.Diagnostics.CodeAnalysis;

namespace Governance.Core.Subjects;

/// <summary>A content digest in the form <c>sha256:&lt;64 lowercase hex&gt;</c>.</summary>
public readonly record struct Digest
{
    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");
    private static readonly System.Buffers.SearchValues<char> AnyHex = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly int _hash;

    private Digest(string value)
    {
        Value = value;

        // The hex digits of a SHA-256 are uniformly distributed: the first eight make a perfect hash, and
        // digests are hashed on every lineage and evidence lookup.
        _hash = int.Parse(value.AsSpan(7, 8), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The canonical text, <c>sha256:</c> followed by 64 lowercase hex digits.</summary>
    public string Value { get; }

    /// <summary>An abbreviated form for messages: <c>sha256:</c> and the first 12 hex digits.</summary>
    public string Short => Value is null ? "" : Value[..19] + "…";

    /// <summary>Parses a digest (the <c>sha256:</c> prefix in lower case; hex digits in either case), and throws <see cref="FormatException"/> when invalid.</summary>
    public static Digest Parse(string text) =>
        TryParse(text, out var digest) ? digest : throw new FormatException($"'{text}' is not a digest; expected sha256:<64 hex digits>");

    /// <summary>Parses a digest without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Digest digest)
    {
        digest = default;
        if (text is null || text.Length != 71 || !text.StartsWith("sha256:", StringComparison.Ordinal))
        {
            return false;
        }

        var hex = text.AsSpan(7);
        if (!hex.ContainsAnyExcept(LowerHex))
        {
            digest = new Digest(text);
            return true;
        }

        if (hex.ContainsAnyExcept(AnyHex))
        {
            return false;
        }

        digest = new Digest("sha256:" + text[7..].ToLowerInvariant());
        return true;
    }

    /// <summary>Computes the SHA-256 digest of the given bytes.</summary>
    public static Digest Of(ReadOnlySpan<byte> content) =>
        new("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));

    /// <inheritdoc />
    public bool Equals(Digest other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override string ToString() => Value ?? "";
}
