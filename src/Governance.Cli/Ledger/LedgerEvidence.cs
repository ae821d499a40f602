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
    public static LedgerEvidence Read(LedgerTarget target, LedgerTrust trust, TimeProvider time, Action<StoredEntry>? visit = null)
    {
        var result = new LedgerVerifier(trust.Signers, new LedgerVerifierOptions { Clock = time }).Verify(target.Repository);
        var size = result switch
        {
            VerificationResult.Intact intact => intact.Size,
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

        return new LedgerEvidence(builder.Build(), size, builder.Notes) { Trust = trust };
    }
}
