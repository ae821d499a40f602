using Governance.Cli.Commands.Shared;
using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Globalization;
using Governance.Workflows.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit log</c>: entries in order, filtered; <c>--format json</c> prints one JSON object per line.</summary>
internal static class AuditLogCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> type = new("--type") { Description = "Only this entry type (e.g. approval.granted or approval.granted/v1)" };
        Option<string?> model = new("--model") { Description = "Only entries whose subject names this model" };
        Option<string?> digest = new("--digest") { Description = "Only entries whose subject or payload names this digest" };
        Option<string?> since = new("--since") { Description = "Only entries recorded at or after this time (RFC 3339)" };
        Option<string> format = new("--format", "-f") { Description = "text or json (one object per line)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("log", "List ledger entries with their verified signers") { type, model, digest, since, format };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var wanted = parse.GetValue(type) is { } ty ? AuditOptionValues.KnownType(ty) : null;
            var target = ledger.Read(context, parse);
            var handler = new AuditLogHandler(context);
            var trust = AuditLogHandler.TryTrust(context, target);
            DateTimeOffset? from = parse.GetValue(since) is { } s
                ? DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : throw new WorkflowException($"--since: '{s}' is not an RFC 3339 time")
                : null;
            var filter = new EntryFilter(wanted, parse.GetValue(model), parse.GetValue(digest), from);
            return handler.HandleAsync(target, trust, filter, parse.GetValue(format) == "json", cancellationToken);
        });
        return command;
    }
}
