using Governance.Cli.Infrastructure;
using Governance.Core.Evidence;
using Governance.Ledger.Storage;
using Governance.Ledger.Verification;

namespace Governance.Cli.Ledger;

/// <summary>Evidence read from the ledger: the chain is verified first, and only the verified prefix is read.</summary>
/// <param name="Evidence">The mapped evidence.</param>
/// <param name="Size">How many entries were verified and read.</param>
/// <param name="Notes">Entries that were not used, and why.</param>
public sealed record LedgerEvidence(EvidenceSet Evidence, long Size, IReadOnlyList<string> Notes)
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
        catch (CliException)
        {
            return false;
        }
    }

    /// <summary>Verifies the ledger and reads its evidence; tampering or an unverifiable ledger is an error (exit 2).</summary>
    /// <param name="target">The repository and trust.</param>
    /// <param name="trust">The trusted signers.</param>
    /// <param name="time">The clock.</param>
    /// <param name="visit">Called for every entry read.</param>
    /// <param name="trustedCheckpoint">A checkpoint note the ledger must be consistent with (rollback defence), or null.</param>
    public static LedgerEvidence Read(LedgerTarget target, LedgerTrust trust, TimeProvider time, Action<StoredEntry>? visit = null, string? trustedCheckpoint = null)
    {
        var result = new LedgerVerifier(trust.Signers, new LedgerVerifierOptions(TrustedCheckpointNote: trustedCheckpoint) { Clock = time }).Verify(target.Repository);
        string? root = null;
        var size = result switch
        {
            VerificationResult.Intact intact => Intact(intact, out root),
            VerificationResult.Tampered t => throw new CliException($"the ledger failed verification at entry {t.Seq} ({Audit.AuditVerifyCommand.Kind(t.Kind)}): {t.Message}; run 'govern audit verify' for details"),
            VerificationResult.CouldNotVerify c => throw new CliException($"the ledger could not be verified: {c.Message}"),
            _ => 0L,
        };
        var builder = new LedgerEvidenceBuilder(trust);
        using var store = LedgerSession.OpenStore(target.Repository, time);
        var links = new List<StoredEntry>();
        foreach (var stored in store.ReadAll())
        {
            if (stored.Entry.Seq > size)
            {
                break;
            }

            builder.Add(stored);
            visit?.Invoke(stored);
            if (stored.Entry.Type == Governance.Ledger.Entries.EntryTypes.TrailLinked)
            {
                links.Add(stored);
            }
        }

        Audit.LinkedEvidence.AddTo(builder, target.Repository, links, trust);

        return new LedgerEvidence(builder.Build(), size, builder.Notes) { Trust = trust, Root = root };
    }

    private static long Intact(VerificationResult.Intact intact, out string? root)
    {
        root = intact.Head is { } head ? Convert.ToHexStringLower(head.RootHash.Span) : null;
        return intact.Size;
    }
}
