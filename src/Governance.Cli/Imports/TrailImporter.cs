using System.Text;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Ledger.Entries;
using Governance.Ledger.Imports;

namespace Governance.Cli.Imports;

/// <summary>
/// <c>govern import llm-audit-trail</c>: verifies the trail with the algorithm (and key) the command line
/// names, never the records', checks the anchor when given, and only then appends the events not yet in the
/// ledger plus a <c>trail.imported</c> entry with the trail's head, as one batch.
/// </summary>
internal sealed class TrailImporter(CliContext context)
{
    private readonly CliContext _context = context;

    /// <summary>Runs the import; returns the exit code (1 when the trail fails verification).</summary>
    public int Run(LedgerTarget target, string file, string? anchorFile, string? hmacKeyVariable, string? keyPath)
    {
        var options = Options(anchorFile, hmacKeyVariable);
        var path = _context.Resolve(file);
        InputFiles.Read(_context, file, "trail"); // size and existence checks with clear errors
        LlmAuditTrailImport import;
        try
        {
            import = LlmAuditTrailImport.FromFile(path, options);
        }
        catch (IOException ex)
        {
            throw new CliException($"{file}: cannot read: {ex.Message}");
        }

        if (import.Verification is TrailFailed failed)
        {
            _context.Error.WriteLine($"{file}:{failed}");
            _context.Error.WriteLine($"govern: the trail failed verification ({failed.Kind}); nothing was imported");
            return ExitCodes.Deny;
        }

        var intact = (TrailIntact)import.Verification;
        if (anchorFile is null)
        {
            _context.Error.WriteLine($"warning: {file}: no --anchor given; deleting the newest records of a trail cannot be detected without one");
        }

        using var session = LedgerSession.Open(_context, target, keyPath);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stored in session.Store.ReadAll())
        {
            if (ImportedEntries.OriginalHash(stored.Entry.Payload) is { } hash)
            {
                known.Add(hash);
            }
        }

        var source = Path.GetFileName(path);
        var fresh = import.Events.Where(e => !known.Contains(e.OriginalCurrHash)).ToList();
        if (fresh.Count == 0 || intact.Head is null)
        {
            _context.Output.WriteLine($"nothing new to import from {file}: all {intact.Records} record(s) are already in the ledger");
            return ExitCodes.Allow;
        }

        var drafts = fresh.Select(e => ImportedEntries.Draft(e, source, session.Actor)).ToList();
        var pointer = LlmAuditTrailMapper.TrailImportedPayload(intact, options.Algorithm, source);
        pointer["events"] = fresh.Count;
        pointer["verified"] = true;
        pointer["anchored"] = anchorFile is not null;
        drafts.Add(new EntryDraft(EntryTypes.TrailImported, session.Actor, new EntrySubject(), pointer));
        var appended = session.Append(drafts);
        var mapped = fresh.Count(e => e.Type != EntryTypes.ExternalEvent);
        _context.Output.WriteLine($"verified {intact.Records} record(s) ({options.AlgorithmName}{(anchorFile is null ? "" : ", anchor matched")}); imported {fresh.Count} new event(s) as seq {appended[0].Entry.Seq}-{appended[^1].Entry.Seq - 1}, head seq {Head(intact.Head)} {intact.Head.CurrHash} recorded at seq {appended[^1].Entry.Seq}");
        _context.Output.WriteLine($"  {drafts.Count(d => d.Type != EntryTypes.ExternalEvent && d.Type != EntryTypes.TrailImported)} as lifecycle entries, {drafts.Count(d => d.Type == EntryTypes.ExternalEvent)} as external.event/v1 ({mapped} had a counterpart type)");
        return ExitCodes.Allow;
    }

    private static string Head(TrailHead head) => head.Seq?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)";

    private LlmAuditTrailVerifyOptions Options(string? anchorFile, string? hmacKeyVariable)
    {
        TrailAnchor? anchor = null;
        if (anchorFile is not null)
        {
            var text = Encoding.UTF8.GetString(InputFiles.Read(_context, anchorFile, "anchor"));
            try
            {
                anchor = TrailAnchor.Parse(text);
            }
            catch (PythonJsonException ex)
            {
                throw new CliException($"{anchorFile}: not an llm-audit-trail anchor: {ex.Message}");
            }
        }

        if (hmacKeyVariable is null)
        {
            return LlmAuditTrailVerifyOptions.Sha256(anchor);
        }

        var key = _context.Env(hmacKeyVariable) ?? throw new CliException($"--hmac-key-env: environment variable {hmacKeyVariable} is not set (or empty)");
        return LlmAuditTrailVerifyOptions.HmacSha256(Encoding.UTF8.GetBytes(key), anchor);
    }
}
