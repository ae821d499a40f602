using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Audit.Report;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit report --out report.html [--model M] [--since T]</c>: the self-contained HTML audit report.</summary>
internal static class AuditReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> output = new("--out") { Description = "The HTML file to write", Required = true };
        Option<string?> model = new("--model") { Description = "Only this model (name or sha256: digest)" };
        Option<string?> since = new("--since") { Description = "Only entries recorded at or after this time (RFC 3339)" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint saved earlier: the verdict includes consistency with it" };
        Option<int> limit = new("--timeline-limit") { Description = "How many of the newest entries the timeline lists", DefaultValueFactory = _ => ReportOptions.DefaultTimelineLimit };
        var command = new Command("report", "Write a self-contained HTML report: verdict, per-model decisions, approvals, lineage, flags, waivers, timeline") { output, model, since, trusted, limit };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var target = ledger.Read(context, parse);
            var options = new ReportOptions(parse.GetValue(model), AuditOptionValues.Since(parse.GetValue(since)), Math.Max(1, parse.GetValue(limit)));
            return new AuditReportHandler(context).HandleAsync(target, options, parse.GetValue(trusted), parse.GetValue(output)!, cancellationToken);
        });
        return command;
    }
}
