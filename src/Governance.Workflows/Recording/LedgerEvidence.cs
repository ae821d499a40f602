using Governance.Audit.Trail;
using Governance.Workflows.Hosting;
using Governance.Core.Evidence;
using Governance.Ledger.Evidence;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;
using Governance.Ledger.Writing;

namespace Governance.Workflows.Recording;

/// <summary>Evidence read from the ledger (<see cref="LedgerEvidenceSource"/>) for a host: what was read, and the trust it was read with.</summary>
/// <param name="Evidence">The mapped evidence.</param>
/// <param name="Size">How many entries were verified and read.</param>
/// <param name="Notes">Entries that were not used, and why.</param>
internal sealed record LedgerEvidence(EvidenceSet Evidence, long Size, IReadOnlyList<string> Notes)
{
    /// <summary>The trust the entries were verified against (reused when the same command records).</summary>
    public LedgerTrust? Trust { get; init; }

    /// <summary>The Merkle root (lowercase hex) of the verified prefix, or null for an empty ledger.</summary>
    public string? Root { get; init; }

    /// <summary>No ledger.</summary>
    public static LedgerEvidence None { get; } = new(EvidenceSet.Empty, 0, []);

    /// <summary>True when the repository has a ledger ref.</summary>
    public static bool Exists(string repository)
    {
        try
        {
            GitCli.RunText(repository, "rev-parse", "--verify", "-q", LedgerLayout.Ref);
            return true;
        }
        catch (WorkflowException)
        {
            return false;
        }
    }

    /// <summary>The ledger evidence source of a repository, as a host opens it (repository checks, linked trails).</summary>
    public static LedgerEvidenceSource Source(LedgerTarget target, LedgerTrust trust, TimeProvider time, LedgerVerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(trust);
        return new LedgerEvidenceSource(target.Repository, trust.Signers, trust.Principals, options ?? new LedgerVerifierOptions { Clock = time })
        {
            OpenStore = () => LedgerSession.OpenStore(target.Repository, time),
            LinkedTrails = Governance.Workflows.Audit.LinkedEvidence.Reader,
        };
    }

    /// <summary>Verifies the ledger and reads its evidence; tampering or an unverifiable ledger is an error (exit 2).</summary>
    public static LedgerEvidence Read(LedgerTarget target, LedgerTrust trust, TimeProvider time, LedgerVerifierOptions? options = null) =>
        From(() => Source(target, trust, time, options).ReadAll(), trust);

    /// <summary>
    /// Reads only the entries about one subject (<paramref name="seeds"/>) through the recorder-signed subject index; a
    /// ledger without a trustworthy index is verified and read whole. Tampering or an unverifiable ledger is an error (exit 2).
    /// </summary>
    public static LedgerEvidence ReadFor(LedgerTarget target, LedgerTrust trust, TimeProvider time, IReadOnlyList<string> seeds, LedgerVerifierOptions? options = null) =>
        From(() => Source(target, trust, time, options).ReadFor(seeds), trust);

    /// <summary>
    /// Runs a read and maps a failed verification, or an entry the projection refuses (a payload that does not fit its
    /// type), to a <see cref="WorkflowException"/> (exit 2): no evidence of that ledger is used.
    /// </summary>
    public static LedgerEvidence From(Func<LedgerReading> read, LedgerTrust trust)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return Of(read(), trust);
        }
        catch (LedgerUnverifiedException ex)
        {
            throw Error(ex);
        }
        catch (InvalidDataException ex)
        {
            throw new WorkflowException($"the ledger's evidence could not be read: {ex.Message}", ex);
        }
    }

    /// <summary>What <see cref="LedgerEvidenceSource"/> read (<see cref="Core.Evidence.EvidenceBatch.State"/> of its batch), with the trust it was read with.</summary>
    public static LedgerEvidence Of(LedgerReading reading, LedgerTrust trust)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return new LedgerEvidence(reading.Evidence, reading.Size, reading.Notes) { Trust = trust, Root = reading.Root };
    }

    /// <summary>The error (exit 2) for a ledger that failed or could not finish verification.</summary>
    public static WorkflowException Error(LedgerUnverifiedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Result switch
        {
            VerificationResult.Tampered t => new WorkflowException($"the ledger failed verification at entry {t.Seq} ({TrailVerification.KindName(t.Kind)}): {t.Message}; run 'govern audit verify' for details"),
            VerificationResult.CouldNotVerify c => new WorkflowException($"the ledger could not be verified: {c.Message}"),
            _ => new WorkflowException(exception.Message),
        };
    }
}
