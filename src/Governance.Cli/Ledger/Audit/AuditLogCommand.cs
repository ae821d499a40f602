using System.CommandLine;
using System.Globalization;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Entries;
using Governance.Ledger.Storage;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit log</c>: entries in order, filtered; <c>--format json</c> prints one JSON object per line.</summary>
internal static class AuditLogCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
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
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(type) is { } ty ? KnownType(ty) : null;
            var target = ledger.Read(context, parse);
            var trust = TryTrust(context, target);
            DateTimeOffset? from = parse.GetValue(since) is { } s
                ? DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : throw new CliException($"--since: '{s}' is not an RFC 3339 time")
                : null;
            using var store = LedgerSession.OpenStore(target.Repository, context.Time);
            var json = parse.GetValue(format) == "json";
            foreach (var stored in store.ReadAll())
            {
                if (Matches(stored, wanted, parse.GetValue(model), parse.GetValue(digest), from))
                {
                    context.Output.WriteLine(json ? EntryView.Json(stored, trust) : EntryView.Text(stored, trust));
                }
            }

            return ExitCodes.Allow;
        });
        return command;
    }

    /// <summary>The trust, or null (with a note) when none can be loaded: entries are still listed, signers are not named.</summary>
    public static LedgerTrust? TryTrust(CliContext context, LedgerTarget target)
    {
        try
        {
            return TrustLoader.Load(target);
        }
        catch (CliException ex)
        {
            context.Error.WriteLine($"govern: note: signers not shown: {ex.Message}");
            return null;
        }
    }

    /// <summary>The full type name for <c>--type</c> (<c>/v1</c> added when absent); an unknown type exits 2 with the nearest known one.</summary>
    public static string KnownType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var full = type.Contains('/', StringComparison.Ordinal) ? type : type + "/v1";
        if (EntryTypes.All.Contains(full, StringComparer.Ordinal))
        {
            return full;
        }

        var near = NearestName.Find(full, EntryTypes.All) is { } n ? $"; did you mean '{(type.Contains('/', StringComparison.Ordinal) ? n : n.Split('/')[0])}'?" : "";
        throw new CliException($"--type: unknown entry type '{type}'{near} (known: {string.Join(", ", EntryTypes.All.Select(t => t.Split('/')[0]))})");
    }

    private static bool Matches(StoredEntry stored, string? type, string? model, string? digest, DateTimeOffset? since)
    {
        var e = stored.Entry;
        return (type is null || e.Type == type)
            && (model is null || (string?)e.Subject["model"] == model || (string?)e.Payload["model"] == model)
            && (digest is null || (string?)e.Subject["digest"] == digest || (string?)e.Payload["digest"] == digest || (string?)e.Payload["output"] == digest)
            && (since is null || e.Time >= since);
    }
}
