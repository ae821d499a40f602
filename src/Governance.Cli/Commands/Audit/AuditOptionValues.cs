using Governance.Workflows.Hosting;
using System.Globalization;
using Governance.Ledger.Entries;

namespace Governance.Cli.Commands.Audit;

/// <summary>Option values the audit commands share: <c>--since</c> of report and export, <c>--type</c> of log.</summary>
internal static class AuditOptionValues
{
    /// <summary>Parses <c>--since</c> (RFC 3339, UTC when no offset is given).</summary>
    public static DateTimeOffset? Since(string? text) => text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime()
        : throw new WorkflowException($"--since: '{text}' is not an RFC 3339 time");

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
        throw new WorkflowException($"--type: unknown entry type '{type}'{near} (known: {string.Join(", ", EntryTypes.All.Select(t => t.Split('/')[0]))})");
    }
}
