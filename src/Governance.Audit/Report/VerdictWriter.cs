using System.Globalization;
using Governance.Audit.Trail;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;

namespace Governance.Audit.Report;

/// <summary>The report's first section: intact or the first bad entry and why, the signers and the trusted checkpoint.</summary>
internal static class VerdictWriter
{
    public static void Write(TextWriter w, ReportInput input)
    {
        w.Write("<section id=\"verdict\"><h2>Verification</h2>");
        switch (input.Verification)
        {
            case VerificationResult.Intact intact:
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"verdict intact\" data-verdict=\"intact\">Intact: {intact.Size} entries"));
                if (intact.Head is { } head)
                {
                    w.Write($", root <code>{Convert.ToHexStringLower(head.RootHash.Span)}</code> (origin {Html.Encode(head.Origin)})");
                }

                w.Write(".</p>");
                break;
            case VerificationResult.Tampered t:
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"verdict tampered\" data-verdict=\"tampered\">TAMPERED at entry {Html.EntryLink(t.Seq)}: {Html.Encode(TrailVerification.KindName(t.Kind))}: {Html.Encode(t.Message)}</p>"));
                w.Write("<p class=\"note\">Entries from the first bad one on are shown as recorded; they are not evidence.</p>");
                break;
            case VerificationResult.CouldNotVerify f:
                w.Write($"<p class=\"verdict unverified\" data-verdict=\"unverified\">Could not verify: {Html.Encode(f.Message)}</p>");
                break;
        }

        w.Write("<dl>");
        w.Write($"<dt>Trusted signers from</dt><dd><code>{Html.Encode(input.Trust.Source)}</code>{(input.Trust.Commit is { } c ? $" at commit <code>{Html.Encode(c)}</code>" : "")}</dd>");
        w.Write("<dt>Trusted checkpoint</dt><dd>");
        w.Write(input.TrustedCheckpoint is { } tc
            ? string.Create(CultureInfo.InvariantCulture, $"size {tc.Size}, root <code>{Convert.ToHexStringLower(tc.RootHash.Span)}</code> (origin {Html.Encode(tc.Origin)}): the ledger is consistent with it only when the verdict above is intact")
            : "none supplied: rollback to an earlier signed state is not excluded (pass <code>--trusted-checkpoint</code>)");
        w.Write("</dd></dl>");
        w.Write("<table><caption>Signers (allowed_signers)</caption><thead><tr><th>Principal</th><th>Key fingerprint</th><th>Namespaces</th><th>Valid</th></tr></thead><tbody>");
        foreach (var s in input.Trust.Store.Signers)
        {
            var valid = $"{s.ValidAfter?.ToString("u", CultureInfo.InvariantCulture) ?? "any"} – {s.ValidBefore?.ToString("u", CultureInfo.InvariantCulture) ?? "any"}";
            w.Write($"<tr><td>{Html.Encode(s.Principals)}</td><td><code>{Html.Encode(s.Key.Fingerprint)}</code></td><td>{Html.Encode(s.Namespaces ?? "any")}</td><td>{Html.Encode(valid)}</td></tr>");
        }

        w.Write("</tbody></table>");
        if (input.Snapshot.HeadCheckpointNote is { } note && TrailVerification.OpenCheckpoint(note, input.Trust) is not null)
        {
            var signer = input.Trust.Store.Signers.FirstOrDefault(s => Governance.Ledger.Checkpoints.CheckpointNote.Open(note, [s.Key]).Signer is not null);
            w.Write($"<p>Newest checkpoint signed by <code>{Html.Encode(signer?.Principals ?? "?")}</code> (<code>{Html.Encode(signer?.Key.Fingerprint)}</code>, namespace <code>{TrustStore.GitNamespace}</code>).</p>");
        }

        w.Write("</section>");
    }
}
