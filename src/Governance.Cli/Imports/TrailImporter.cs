using Governance.Workflows.Hosting;
using System.Text;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Imports.LlmAuditTrail;
using Governance.Imports.LlmAuditTrail.PythonJson;
using Governance.Ledger.Writing;

namespace Governance.Cli.Imports;

/// <summary>
/// <c>govern import llm-audit-trail</c>: verifies the trail with the algorithm (and key) the command line
/// names, never the records', checks the anchor when given, and only then appends the events not yet in the
/// ledger plus a <c>trail.imported</c> entry with the trail's head, as one batch.
/// </summary>
internal sealed class TrailImporter(HostContext context)
{
    private readonly HostContext _context = context;

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
            throw new WorkflowException($"{file}: cannot read: {ex.Message}");
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
        var plan = TrailImportPlan.Create(
            import, session.Store.ReadAll().Select(s => s.Entry.Payload), new TrailEntryMapper(LedgerPayloadSchemas.Instance),
            options.Algorithm, Path.GetFileName(path), anchored: anchorFile is not null);
        if (plan.IsEmpty || intact.Head is null)
        {
            _context.Output.WriteLine($"nothing new to import from {file}: all {intact.Records} record(s) are already in the ledger");
            return ExitCodes.Allow;
        }

        var appended = session.Append([.. plan.Entries.Select(e => ImportedDrafts.Draft(e, session.Actor))]);
        _context.Output.WriteLine($"verified {intact.Records} record(s) ({options.AlgorithmName}{(anchorFile is null ? "" : ", anchor matched")}); imported {plan.Fresh} new event(s) as seq {appended[0].Entry.Seq}-{appended[^1].Entry.Seq - 1}, head seq {Head(intact.Head)} {intact.Head.CurrHash} recorded at seq {appended[^1].Entry.Seq}");
        _context.Output.WriteLine($"  {plan.AsLifecycle} as lifecycle entries, {plan.AsExternal} as external.event/v1 ({plan.WithCounterpart} had a counterpart type)");
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
                throw new WorkflowException($"{anchorFile}: not an llm-audit-trail anchor: {ex.Message}");
            }
        }

        if (hmacKeyVariable is null)
        {
            return LlmAuditTrailVerifyOptions.Sha256(anchor);
        }

        var key = _context.Env(hmacKeyVariable) ?? throw new WorkflowException($"--hmac-key-env: environment variable {hmacKeyVariable} is not set (or empty)");
        return LlmAuditTrailVerifyOptions.HmacSha256(Encoding.UTF8.GetBytes(key), anchor);
    }
}
