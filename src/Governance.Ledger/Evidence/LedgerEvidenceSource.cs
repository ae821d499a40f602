using Governance.Core.Evidence;
using Governance.Events.Projection;
using Governance.Events.Trust;
using Governance.Ledger.Entries;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;
using Governance.Ledger.Verification.Subject;

namespace Governance.Ledger.Evidence;

/// <summary>
/// Evidence from the audit ledger: the chain is verified first and only the verified prefix is read, each entry judged by
/// <see cref="EvidenceProjection"/> (signed-only, recorder rule, retractions). <see cref="CollectAsync"/> and
/// <see cref="ReadFor"/> read only the entries about one subject through the recorder-signed subject index; a ledger
/// without a trustworthy index is verified and read whole (<see cref="ReadAll"/>). Tampering or an unverifiable ledger
/// throws <see cref="LedgerUnverifiedException"/>; no partial evidence is ever returned.
/// </summary>
/// <param name="repository">The repository (work tree) holding the ledger ref.</param>
/// <param name="signers">The trusted signers (with recorder roles applied).</param>
/// <param name="principals">Teams and recorder roles (trusted <c>principals.yaml</c>).</param>
/// <param name="options">Verifier options: the clock, a trusted checkpoint the ledger must be consistent with.</param>
public sealed class LedgerEvidenceSource(string repository, TrustStore signers, PrincipalDirectory principals, LedgerVerifierOptions options) : IEvidenceSource
{
    /// <summary>Opens the store for reading entries; defaults to the repository with default options.</summary>
    public Func<LedgerStore>? OpenStore { get; init; }

    /// <summary>Reads linked trails (lineage across organisations); none when null.</summary>
    public ILinkedTrailReader? LinkedTrails { get; init; }

    /// <inheritdoc/>
    public Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var subject = request.Subject;
        var reading = ReadFor(SubjectKeys.Seeds(subject.Model, subject.Digest.ToString(), request.Commit));
        return Task.FromResult(new EvidenceBatch(EvidenceSource.Ledger, reading.Evidence) { Notices = reading.Notes, State = reading });
    }

    /// <summary>Verifies the whole ledger and reads its evidence; <paramref name="visit"/> sees every entry read, in order.</summary>
    public LedgerReading ReadAll(Action<ProjectedEntry>? visit = null)
    {
        var size = SizeOrThrow(new LedgerVerifier(signers, options).Verify(repository), out var root);
        using var store = OpenStore?.Invoke() ?? new LedgerStore(repository, new LedgerOptions(), options.Clock);
        return Project(store.ReadAll().TakeWhile(s => s.Entry.Seq <= size), size, root, visit);
    }

    /// <summary>
    /// Reads only the entries about one subject (<paramref name="seeds"/>, see <see cref="SubjectKeys.Seeds"/>) through
    /// the recorder-signed subject index, each checked like the full verifier checks it.
    /// </summary>
    public LedgerReading ReadFor(IReadOnlyList<string> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var read = new SubjectVerifier(signers, options).Read(repository, seeds);

        // Lineage that runs into a linked trail names datasets and models the seeds do not reach (a flag this ledger
        // recorded on a vendor's dataset): read again with those keys too.
        if (read is not null && LinkedTrails?.Seeds(repository, read.Entries) is { Count: > 0 } linked && linked.Except(seeds, StringComparer.Ordinal).Any())
        {
            read = new SubjectVerifier(signers, options).Read(repository, [.. seeds.Union(linked, StringComparer.Ordinal)]);
        }

        // The index is only as good as its signer: unless the tip is signed by a recorder of principals.yaml, verify
        // everything (which also proves the index) instead of trusting it.
        if (read is null || (read.Tip is { } tip && !(EntrySigners.Recorder(tip, signers) is { } signer && principals.IsRecorder(signer))))
        {
            return ReadAll();
        }

        if (read.Result is not VerificationResult.Intact)
        {
            // Report what audit verify reports (the first bad entry in ledger order); the fast path's finding stands
            // even if the full verifier has none (a statement reused across the ledger).
            SizeOrThrow(new LedgerVerifier(signers, options).Verify(repository), out _);
        }

        var size = SizeOrThrow(read.Result, out var root);
        return Project(read.Entries, size, root, null);
    }

    private LedgerReading Project(IEnumerable<StoredEntry> entries, long size, string? root, Action<ProjectedEntry>? visit)
    {
        var projection = new EvidenceProjection(principals);
        var links = new List<StoredEntry>();
        foreach (var stored in entries)
        {
            var entry = EntrySigners.Project(stored, signers);
            projection.Add(entry);
            visit?.Invoke(entry);
            if (stored.Entry.Type == EntryTypes.TrailLinked)
            {
                links.Add(stored);
            }
        }

        AddLinked(projection, links);
        return new LedgerReading(projection.Build(), size, root, projection.Notes);
    }

    private void AddLinked(EvidenceProjection projection, List<StoredEntry> links)
    {
        if (links.Count == 0 || LinkedTrails is null)
        {
            return;
        }

        foreach (var trail in LinkedTrails.Read(repository, links))
        {
            if (trail.Entries is null)
            {
                projection.Notes.Add($"ledger:{trail.Link.Entry.Seq}: the linked trail {trail.Origin} is missing or does not match the linked root; its lineage is not used");
                continue;
            }

            var vouchedBy = EntrySigners.Recorder(trail.Link, signers);
            foreach (var entry in trail.Entries)
            {
                projection.AddLinked(new ProjectedEntry(entry.Seq, entry.Type, entry.Time, entry.Subject, entry.Event, VerifiedSigners.None), $"linked:{trail.Origin}#{entry.Seq}", vouchedBy);
            }
        }
    }

    private static long SizeOrThrow(VerificationResult result, out string? root)
    {
        root = null;
        switch (result)
        {
            case VerificationResult.Intact intact:
                root = intact.Head is { } head ? Convert.ToHexStringLower(head.RootHash.Span) : null;
                return intact.Size;
            case VerificationResult.Tampered or VerificationResult.CouldNotVerify:
                throw new LedgerUnverifiedException(result);
            default:
                return 0;
        }
    }
}
