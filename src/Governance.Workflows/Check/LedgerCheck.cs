using Governance.Workflows;
using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using Governance.Core.Decisions;
using Governance.Core.Evidence;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;
using Governance.Ledger.Verification;
using Governance.Ledger.Writing;
using Governance.Reporting.Decisions;

namespace Governance.Workflows.Check;

/// <summary>The ledger's part in a check: signed evidence in, the decision recorded out.</summary>
internal static class LedgerCheck
{
    /// <summary>Fails fast, before evaluating, when the decision could not be recorded.</summary>
    public static void EnsureCanRecord(CheckOptions options)
    {
        if (!options.NoRecord && options.Key is null)
        {
            throw new WorkflowException("recording the decision needs a signing key: pass --key <pem>, or --no-record for a dry run");
        }
    }

    /// <summary>
    /// Verified ledger evidence about the checked model (its digest, name, lineage, flags, the gated
    /// <paramref name="commit"/>) when the repository has a ledger; none otherwise. Reads through the signed subject
    /// index, so the cost does not grow with history (docs/design-decisions.md, "Fast check").
    /// </summary>
    public static LedgerEvidence Read(HostContext context, CheckOptions options, string repository, string? commit = null)
    {
        if (!LedgerEvidence.Exists(repository))
        {
            if (options.TrustedCheckpoint is not null)
            {
                // A checkpoint names a non-empty ledger; a deleted ref is the furthest rollback of all.
                throw new WorkflowException($"{options.TrustedCheckpointSource ?? "the trusted checkpoint"}: the repository has no ledger ({LedgerLayout.Ref}), but a trusted checkpoint was given; fetch the ledger (git fetch origin '+refs/governance/*:refs/governance/*') or check the checkpoint");
            }

            // One git call on the common path; tell "not a repository" apart only when it matters.
            return (options.Repository is null && options.NoRecord) || IsRepository(repository) ? LedgerEvidence.None
                : throw new WorkflowException($"{repository}: not a git repository; the ledger lives in one (pass --repo, or --no-record without --repo for a dry run)");
        }

        var target = Target(options, repository);
        var seeds = SubjectKeys.Seeds(options.Model, OptionValues.Digest("--digest", options.Digest).ToString(), commit ?? options.Commit);
        var evidence = LedgerEvidence.ReadFor(target, PrincipalsFile.LoadTrust(target), context.Time, seeds,
            new LedgerVerifierOptions(TrustedCheckpointNote: options.TrustedCheckpoint) { Clock = context.Time });
        foreach (var note in evidence.Notes)
        {
            context.Error.WriteLine($"govern: note: {note}");
        }

        return evidence;
    }

    /// <summary>Appends the decision entry unless <c>--no-record</c>; returns where it was recorded.</summary>
    public static LedgerReceipt? Record(HostContext context, CheckOptions options, string repository, Decision decision, EvidenceSet evidence, LedgerEvidence ledger)
    {
        if (options.NoRecord)
        {
            return null;
        }

        using var session = LedgerSession.Open(context, Target(options, repository), options.Key, ledger.Trust);
        var recorded = DecisionRecorder.Record(session, decision, evidence, ledger.Evidence, new DecisionRecorder.EvaluatedAgainst(ledger.Size, ledger.Root));
        return new LedgerReceipt(recorded.Entry.Seq, recorded.CommitId);
    }

    // Trust comes from the ref the policies come from (the action's default branch) unless named: never from the
    // checked-out change, whose .governance/ a pull request controls.
    private static LedgerTarget Target(CheckOptions options, string repository) =>
        new(repository, options.TrustRef ?? options.PolicyRef, options.AllowedSigners, options.Principals);

    private static bool IsRepository(string path)
    {
        try
        {
            return Directory.Exists(path) && GitCli.RunText(path, "rev-parse", "--is-inside-work-tree") == "true";
        }
        catch (WorkflowException)
        {
            return false;
        }
    }
}
