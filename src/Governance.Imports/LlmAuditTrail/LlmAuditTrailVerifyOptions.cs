namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// What the caller (the command line, never the trail) requires of an llm-audit-trail: the chain
/// algorithm, the HMAC key when keyed, and optionally an anchored head so truncation is detected.
/// </summary>
public sealed record LlmAuditTrailVerifyOptions
{
    private LlmAuditTrailVerifyOptions(LlmAuditHashAlgorithm algorithm, ReadOnlyMemory<byte> key, TrailAnchor? anchor)
    {
        Algorithm = algorithm;
        HmacKey = key;
        ExpectedHead = anchor;
    }

    /// <summary>The algorithm every record must use; a record naming another one fails.</summary>
    public LlmAuditHashAlgorithm Algorithm { get; }

    /// <summary>The HMAC key (empty for <see cref="LlmAuditHashAlgorithm.Sha256"/>).</summary>
    public ReadOnlyMemory<byte> HmacKey { get; }

    /// <summary>The anchored head the trail must still contain, if any.</summary>
    public TrailAnchor? ExpectedHead { get; init; }

    /// <summary>Require a plain SHA-256 chain (records without <c>hash_alg</c> are accepted as SHA-256).</summary>
    public static LlmAuditTrailVerifyOptions Sha256(TrailAnchor? expectedHead = null) =>
        new(LlmAuditHashAlgorithm.Sha256, ReadOnlyMemory<byte>.Empty, expectedHead);

    /// <summary>Require an HMAC-SHA256 chain under <paramref name="key"/> (a string key is its UTF-8 bytes).</summary>
    /// <exception cref="ArgumentException">The key is empty (the reference treats an empty key as no key).</exception>
    public static LlmAuditTrailVerifyOptions HmacSha256(ReadOnlyMemory<byte> key, TrailAnchor? expectedHead = null)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("An HMAC key must not be empty.", nameof(key));
        }

        return new(LlmAuditHashAlgorithm.HmacSha256, key.ToArray(), expectedHead);
    }

    /// <summary>The <c>hash_alg</c> string for <see cref="Algorithm"/>.</summary>
    public string AlgorithmName => Algorithm == LlmAuditHashAlgorithm.HmacSha256 ? "hmac-sha256" : "sha256";
}
