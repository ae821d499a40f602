using System.CommandLine;
using System.Globalization;
using System.Text;
using Governance.Audit.Report;
using Governance.Audit.Trail;
using Governance.Cli.Infrastructure;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit report --out report.html [--model M] [--since T]</c>: the self-contained HTML audit report.</summary>
internal static class AuditReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> output = new("--out") { Description = "The HTML file to write", Required = true };
        Option<string?> model = new("--model") { Description = "Only this model (name or sha256: digest)" };
        Option<string?> since = new("--since") { Description = "Only entries recorded at or after this time (RFC 3339)" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint saved earlier: the verdict includes consistency with it" };
        Option<int> limit = new("--timeline-limit") { Description = "How many of the newest entries the timeline lists", DefaultValueFactory = _ => ReportOptions.DefaultTimelineLimit };
        var command = new Command("report", "Write a self-contained HTML report: verdict, per-model decisions, approvals, lineage, flags, waivers, timeline") { output, model, since, trusted, limit };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var target = ledger.Read(context, parse);
            var options = new ReportOptions(parse.GetValue(model), Since(parse.GetValue(since)), Math.Max(1, parse.GetValue(limit)));
            var input = Load(context, target, options, parse.GetValue(trusted));
            var path = context.Resolve(parse.GetValue(output)!);
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                AuditReport.Write(writer, input);
            }

            context.Output.WriteLine($"wrote {parse.GetValue(output)}: {input.Snapshot.Entries.Count} entries, verdict {Verdict(input)}");
            return 0;
        });
        return command;
    }

    /// <summary>Reads, verifies and bundles what a report needs (shared with export).</summary>
    public static ReportInput Load(CliContext context, LedgerTarget target, ReportOptions options, string? trustedCheckpointPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var trust = AuditTrustLoader.Load(target);
        var note = trustedCheckpointPath is null ? null : Encoding.UTF8.GetString(InputFiles.Read(context, trustedCheckpointPath, "checkpoint"));
        var verification = TrailVerification.Verify(target.Repository, trust, note);
        TrailSnapshot snapshot;
        try
        {
            snapshot = TrailSnapshot.Read(target.Repository);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex.GetType().Namespace == "LibGit2Sharp")
        {
            throw new CliException($"{target.Repository}: {ex.Message}");
        }

        return new ReportInput(snapshot, verification, trust, note is null ? null : TrailVerification.OpenCheckpoint(note, trust), options);
    }

    /// <summary>Parses <c>--since</c>.</summary>
    public static DateTimeOffset? Since(string? text) => text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime()
        : throw new CliException($"--since: '{text}' is not an RFC 3339 time");

    /// <summary>The verdict in a word.</summary>
    public static string Verdict(ReportInput input) => input.Verification switch
    {
        Governance.Ledger.Verification.VerificationResult.Intact => "intact",
        Governance.Ledger.Verification.VerificationResult.Tampered t => $"TAMPERED at entry {t.Seq}",
        _ => "could not verify",
    };
}
