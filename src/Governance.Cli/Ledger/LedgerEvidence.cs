using Governance.Cli.Infrastructure;
using Governance.Core.Evidence;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;
using Governance.Ledger.Verification;
using Governance.Ledger.Verification.Subject;

namespace Governance.Cli.Ledger;

/// <summary>Evidence read from the ledger: the chain is verified first, and only the verified prefix is read.</summary>
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
    /// <param name="options">Verifier options, e.g. a checkpoint the ledger must be consistent with (rollback defence); the clock defaults to <paramref name="time"/>.</param>
    public static LedgerEvidence Read(LedgerTarget target, LedgerTrust trust, TimeProvider time, Action<StoredEntry>? visit = null, LedgerVerifierOptions? options = null)
    {
        var size = SizeOrThrow(new LedgerVerifier(trust.Signers, options ?? new LedgerVerifierOptions { Clock = time }).Verify(target.Repository), out var root);
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

    /// <summary>
    /// Reads only the entries about one subject (<paramref name="seeds"/>, see <see cref="SubjectKeys.Seeds"/>) through
    /// the recorder-signed subject index, each checked like the full verifier checks it; a ledger without an index is
    /// verified and read whole (<see cref="Read"/>). Tampering or an unverifiable ledger is an error (exit 2).
    /// </summary>
    public static LedgerEvidence ReadFor(LedgerTarget target, LedgerTrust trust, TimeProvider time, IReadOnlyList<string> seeds, LedgerVerifierOptions? options = null)
    {
        options ??= new LedgerVerifierOptions { Clock = time };
        var read = new SubjectVerifier(trust.Signers, options).Read(target.Repository, seeds);

        // Lineage that runs into a linked trail names datasets and models the seeds do not reach (a flag this ledger
        // recorded on a vendor's dataset): read again with those keys too.
        if (read is not null && Audit.LinkedEvidence.Seeds(target.Repository, read.Entries) is { Count: > 0 } linked && linked.Except(seeds, StringComparer.Ordinal).Any())
        {
            read = new SubjectVerifier(trust.Signers, options).Read(target.Repository, [.. seeds.Union(linked, StringComparer.Ordinal)]);
        }

        // The index is only as good as its signer: unless the tip is signed by a recorder of principals.yaml, verify
        // everything (which also proves the index) instead of trusting it.
        if (read is null || (read.Tip is { } tip && !(EntrySigners.Recorder(tip, trust) is { } signer && trust.Principals.IsRecorder(signer))))
        {
            return Read(target, trust, time, null, options);
        }

        if (read.Result is not VerificationResult.Intact)
        {
            // Report what audit verify reports (the first bad entry in ledger order); the fast path's finding stands
            // even if the full verifier has none (a statement reused across the ledger).
            SizeOrThrow(new LedgerVerifier(trust.Signers, options).Verify(target.Repository), out _);
        }

        var size = SizeOrThrow(read.Result, out var root);
        var builder = new LedgerEvidenceBuilder(trust);
        var links = new List<StoredEntry>();
        foreach (var stored in read.Entries)
        {
            builder.Add(stored);
            if (stored.Entry.Type == Governance.Ledger.Entries.EntryTypes.TrailLinked)
            {
                links.Add(stored);
            }
        }

        Audit.LinkedEvidence.AddTo(builder, target.Repository, links, trust);
        return new LedgerEvidence(builder.Build(), size, builder.Notes) { Trust = trust, Root = root };
    }

    private static long SizeOrThrow(VerificationResult result, out string? root)
    {
        root = null;
        return result switch
        {
            VerificationResult.Intact intact => Intact(intact, out root),
            VerificationResult.Tampered t => throw new CliException($"the ledger failed verification at entry {t.Seq} ({Reporting.TamperKindText.Of(t.Kind)}): {t.Message}; run 'govern audit verify' for details"),
            VerificationResult.CouldNotVerify c => throw new CliException($"the ledger could not be verified: {c.Message}"),
            _ => 0L,
        };
    }
}
