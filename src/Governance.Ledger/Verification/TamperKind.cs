namespace Governance.Ledger.Verification;

/// <summary>Why a ledger failed verification.</summary>
public enum TamperKind
{
    /// <summary>An entry's bytes changed after they were chained or checkpointed.</summary>
    Edited,

    /// <summary>An entry is missing (a gap in <c>seq</c>).</summary>
    Removed,

    /// <summary>An extra entry appears (a repeated or out-of-place <c>seq</c>).</summary>
    Inserted,

    /// <summary>Entries appear out of order.</summary>
    Reordered,

    /// <summary>A commit, checkpoint or envelope signature is missing or does not verify.</summary>
    BadSignature,

    /// <summary>A signature verifies but its key is not allowed (allowed_signers, namespace, validity, principal).</summary>
    UntrustedSigner,

    /// <summary>An entry does not satisfy its JSON Schema.</summary>
    Schema,

    /// <summary>An entry's time is earlier than its predecessor's beyond the tolerance.</summary>
    TimeBackwards,

    /// <summary>A checkpoint disagrees with the entries or with the trusted checkpoint (rewritten history).</summary>
    CheckpointInconsistent,

    /// <summary>The ledger is shorter than the trusted checkpoint (truncated or rolled back).</summary>
    RolledBack,

    /// <summary>A DSSE envelope is missing, differs from its digest, or does not bind the entry's subject.</summary>
    EnvelopeMismatch,

    /// <summary>A signed statement was already used by an earlier entry of the ledger (a replayed envelope).</summary>
    EnvelopeReused,

    /// <summary>An entry is dated ahead of the verifier's clock beyond the skew, or its facts post-date it (<c>observedAt</c>, signing time).</summary>
    FutureTime,

    /// <summary>The commit or tree does not have the ledger layout (merge commit, unknown files, unreadable objects).</summary>
    Malformed,

    /// <summary>The subject index beside the tip's checkpoint does not list exactly the ledger's entries, or is malformed.</summary>
    IndexMismatch,
}
