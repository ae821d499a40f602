using Governance.Ledger.Checkpoints;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Verification.Subject;

/// <summary>
/// The fast path of <c>check</c>: verifies the tip (commit signature, signed checkpoint, the subject index beside it),
/// then reads only the entries the index lists under the subject's keys, following references to a fixpoint, and checks
/// each with the same <see cref="EntryChecker"/> as the full verifier. Cost grows with the subject, not with history.
/// Returns null when the tip carries no index of this version: the caller must verify the whole ledger instead.
/// Soundness: docs/design-decisions.md, "Fast check".
/// </summary>
public sealed class SubjectVerifier(TrustStore trust, LedgerVerifierOptions? options = null)
{
    private readonly LedgerVerifierOptions _options = options ?? new LedgerVerifierOptions();

    /// <summary>Reads the entries about the subject whose keys are <paramref name="seeds"/> (<see cref="SubjectKeys.Seeds"/>).</summary>
    public SubjectRead? Read(string repositoryPath, IReadOnlyList<string> seeds, string refName = LedgerLayout.Ref)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var trusted = TrustedCheckpoint(out var trustFailure);
        if (trustFailure is not null)
        {
            return new SubjectRead(trustFailure, []);
        }

        GitObjects git;
        try
        {
            git = new GitObjects(repositoryPath);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException or ArgumentException)
        {
            return new SubjectRead(new VerificationResult.CouldNotVerify($"Cannot read the ledger in '{repositoryPath}': {ex.Message}"), []);
        }

        using (git)
        {
            try
            {
                return Read(git, repositoryPath, seeds, refName, trusted);
            }
            catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException)
            {
                return new SubjectRead(new VerificationResult.CouldNotVerify($"Cannot read the ledger in '{repositoryPath}': {ex.Message}"), []);
            }
        }
    }

    private SubjectRead? Read(GitObjects git, string path, IReadOnlyList<string> seeds, string refName, Checkpoint? trusted)
    {
        var tip = git.ResolveRef(refName);
        if (tip is null)
        {
            return trusted is { Size: > 0 }
                ? Fail(1, TamperKind.RolledBack, $"the ledger is empty but the trusted checkpoint has {trusted.Size} entries (truncated or rolled back)")
                : new SubjectRead(new VerificationResult.Intact(0, null), []);
        }

        var checker = new EntryChecker(trust);
        var tipCheck = checker.Check(git, tip);
        if (tipCheck.FailureKind is { } kind)
        {
            return Fail(tipCheck.Entry?.Seq ?? 0, kind, tipCheck.FailureMessage ?? kind.ToString());
        }

        var tipEntry = tipCheck.Entry!;
        if (tipCheck.Checkpoint is not { } head)
        {
            return Fail(tipEntry.Seq + 1, TamperKind.RolledBack, $"the ledger ends at entry {tipEntry.Seq}, which carries no checkpoint: later entries of its batch were cut off");
        }

        IndexReader? index;
        try
        {
            index = IndexReader.Open(git, git.ReadCommit(tip).TreeId);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            return Fail(tipEntry.Seq, TamperKind.IndexMismatch, "the subject index is malformed: " + ex.Message);
        }

        if (index is null)
        {
            return null;
        }

        if (head.Size != tipEntry.Seq)
        {
            return Fail(tipEntry.Seq, TamperKind.CheckpointInconsistent, $"checkpoint after entry {tipEntry.Seq} claims size {head.Size}");
        }

        if (index.Meta.Size != head.Size || !index.Meta.Frontier.Root().AsSpan().SequenceEqual(head.RootHash.Span))
        {
            return Fail(head.Size, TamperKind.IndexMismatch, $"the subject index claims size {index.Meta.Size} and a frontier that does not fold to the signed checkpoint");
        }

        if (trusted is not null)
        {
            var replay = new TrustedReplay(checker, _options.TimeTolerance ?? TimeSpan.FromMinutes(5)).Run(git, tip, head, trusted);
            if (replay is not VerificationResult.Intact)
            {
                return replay is null ? null : new SubjectRead(replay, []);
            }
        }

        var gathered = new SubjectGathering(checker, path, index, tip, tipEntry).Run(git, seeds);
        return gathered.Failure is { } failure
            ? new SubjectRead(failure, [])
            : new SubjectRead(new VerificationResult.Intact(head.Size, head), gathered.Entries) { Tip = LedgerStore.ReadEntry(git, tip) };
    }

    private Checkpoint? TrustedCheckpoint(out VerificationResult? failure)
    {
        failure = null;
        if (_options.TrustedCheckpointNote is not { } note)
        {
            return null;
        }

        try
        {
            var (checkpoint, signer) = CheckpointNote.Open(note, trust.AllKeys());
            if (signer is null)
            {
                failure = new VerificationResult.CouldNotVerify("The trusted checkpoint is not signed by a key in allowed_signers.");
            }

            return checkpoint;
        }
        catch (FormatException ex)
        {
            failure = new VerificationResult.CouldNotVerify("The trusted checkpoint is malformed: " + ex.Message);
            return null;
        }
    }

    private static SubjectRead Fail(long seq, TamperKind kind, string message) => new(new VerificationResult.Tampered(seq, kind, message), []);
}
