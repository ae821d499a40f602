using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Ledger.Verification;

/// <summary>
/// Writers check before they write (trust v2): a batch's commits are written, then run through the verifier's own
/// per-entry checks under the trust they will be verified with, before the ref moves. A failure throws
/// <see cref="AppendRejectedException"/> and the ref stays where it was (the unreferenced objects are garbage).
/// Appending after a tip dated beyond the skew ahead of this clock is refused too.
/// </summary>
public sealed class AppendPreflight(TrustStore trust, LedgerVerifierOptions? options = null)
{
    private readonly LedgerVerifierOptions _options = options ?? new LedgerVerifierOptions();

    /// <summary>The trust the entries will be verified with.</summary>
    public TrustStore Trust => trust;

    /// <summary>Refuses to append after a future-dated tip.</summary>
    internal void CheckTip(LedgerTip? tip)
    {
        var now = _options.Clock.GetUtcNow();
        if (tip is not null && tip.Time > now + _options.Skew)
        {
            throw new AppendRejectedException(TamperKind.FutureTime, tip.Seq,
                $"the ledger tip (entry {tip.Seq}) is dated {tip.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}, more than {_options.Skew.TotalMinutes:0} minutes ahead of this clock; refusing to append after it (run 'govern audit verify')");
        }
    }

    /// <summary>Runs the verifier's per-entry checks on the written, not yet published commits.</summary>
    internal void CheckWritten(GitObjects git, IReadOnlyList<AppendedEntry> receipts)
    {
        var checker = new EntryChecker(trust, _options);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var receipt in receipts)
        {
            var check = checker.Check(git, receipt.CommitId);
            if (check.FailureKind is { } kind)
            {
                throw new AppendRejectedException(kind, receipt.Entry.Seq, check.FailureMessage ?? kind.ToString());
            }

            if (check.StatementKeys.FirstOrDefault(k => !seen.Add(k)) is { } reused)
            {
                throw new AppendRejectedException(TamperKind.EnvelopeReused, receipt.Entry.Seq, $"the batch uses one signed statement twice ({reused})");
            }
        }
    }
}
