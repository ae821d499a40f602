namespace Governance.Imports.LlmAuditTrail;

/// <summary>Why an llm-audit-trail failed verification (the reference's reason, refined).</summary>
public enum TrailFailureKind
{
    /// <summary>The line is not JSON Python would accept, or not UTF-8 (<c>malformed_json</c>).</summary>
    MalformedJson,

    /// <summary>The line is JSON but not a usable record: not an object, duplicate keys, bad <c>seq</c> (<c>malformed_record</c>).</summary>
    MalformedRecord,

    /// <summary><c>curr_hash</c> is missing or not a string (<c>missing_curr_hash</c>).</summary>
    MissingCurrHash,

    /// <summary><c>prev_hash</c> is not the previous record's <c>curr_hash</c>: a record was deleted or inserted (<c>broken_link</c>).</summary>
    BrokenLink,

    /// <summary>A broken link whose expected predecessor appears later in the file: records were reordered.</summary>
    Reordered,

    /// <summary><c>hash_alg</c> is neither <c>sha256</c> nor <c>hmac-sha256</c> (<c>unknown_hash_alg</c>).</summary>
    UnknownHashAlgorithm,

    /// <summary>The record claims plain SHA-256 (or no <c>hash_alg</c>) where the caller requires HMAC.</summary>
    AlgorithmDowngrade,

    /// <summary>The record claims HMAC where the caller expects plain SHA-256 (the caller has no key for it).</summary>
    AlgorithmMismatch,

    /// <summary>The recomputed SHA-256 differs: the record was modified after it was written (<c>hash_mismatch</c>).</summary>
    HashMismatch,

    /// <summary>The recomputed HMAC differs: the key is wrong, or the record was modified (<c>hash_mismatch</c>).</summary>
    HmacMismatch,

    /// <summary>An integer <c>seq</c> does not follow the previous one (<c>seq_gap</c>).</summary>
    SequenceGap,

    /// <summary>The record at the anchored <c>seq</c> has a different <c>curr_hash</c> (<c>anchor_mismatch</c>).</summary>
    AnchorMismatch,

    /// <summary>The trail ends before the anchored record: its tail was truncated or rewritten (<c>anchor_missing</c>).</summary>
    Truncated,
}
