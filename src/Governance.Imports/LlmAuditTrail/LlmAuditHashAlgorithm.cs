namespace Governance.Imports.LlmAuditTrail;

/// <summary>The chain algorithm a caller requires of an llm-audit-trail (reference §2.5 step 4).</summary>
public enum LlmAuditHashAlgorithm
{
    /// <summary><c>sha256</c>: SHA-256 over <c>prev_hash</c> + canonical JSON. Records without <c>hash_alg</c> (paper era) count as this.</summary>
    Sha256,

    /// <summary><c>hmac-sha256</c>: HMAC-SHA256 with the caller's key over the same payload.</summary>
    HmacSha256,
}
