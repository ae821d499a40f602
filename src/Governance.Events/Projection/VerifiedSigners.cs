namespace Governance.Events.Projection;

/// <summary>
/// What verification established about who signed one ledger entry: filled by the ledger (which holds the keys and the
/// crypto), judged by <see cref="EvidenceProjection"/>. Every name is a principal of the trusted signers, never a claim
/// of the entry.
/// </summary>
/// <param name="Recorder">The recorder principal whose trusted key signed the entry's commit, or null.</param>
/// <param name="Person">
/// The principal whose trusted key signed the entry's bound (trust v2) statement, or null: no envelope, an unbound pre-v2
/// envelope, or one that does not bind this entry.
/// </param>
/// <param name="UnboundEnvelope">True when the entry carries an envelope that is not a bound statement (written before trust v2).</param>
public sealed record VerifiedSigners(string? Recorder, string? Person, bool UnboundEnvelope)
{
    /// <summary>Nobody: an entry read without its commit and envelope (a linked trail's), which counts only as vouched for.</summary>
    public static VerifiedSigners None { get; } = new(null, null, false);
}
