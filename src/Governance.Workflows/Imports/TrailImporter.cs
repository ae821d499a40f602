using System.Text;
using Governance.Imports.LlmAuditTrail;
using Governance.Imports.LlmAuditTrail.PythonJson;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Imports;

/// <summary>
/// <c>govern import llm-audit-trail</c>: verifies the trail with the algorithm (and key) the caller names, never
/// the records', checks the anchor when given, and only then appends the events not yet in the ledger plus a
/// <c>trail.imported</c> entry with the trail's head, as one batch.
/// </summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class TrailImporter(HostContext context)
{
    private readonly HostContext _context = context;

    /// <summary>Runs the import; a trail that fails verification imports nothing (<see cref="TrailImportResult.Failed"/>).</summary>
    /// <param name="location">The ledger.</param>
    /// <param name="file">The trail (JSONL).</param>
    /// <param name="anchorFile">An anchor file the trail must still contain, or null (a warning says truncation goes unseen).</param>
    /// <param name="hmacKeyVariable">The environment variable holding the HMAC key, or null for plain SHA-256.</param>
    /// <param name="keyPath">The recorder key.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public Task<TrailImportResult> ImportAsync(LedgerLocation location, string file, string? anchorFile, string? hmacKeyVariable, string? keyPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var target = location.Resolve(_context);
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

        var result = new TrailImportResult(import.Verification, options.AlgorithmName, anchorFile is not null);
        if (import.Verification is not TrailIntact intact)
        {
            return Task.FromResult(result);
        }

        if (anchorFile is null)
        {
            _context.Error.WriteLine($"warning: {file}: no --anchor given; deleting the newest records of a trail cannot be detected without one");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.Open(_context, target, keyPath);
        var plan = TrailImportPlan.Create(
            import, session.Store.ReadAll().Select(s => s.Entry.Payload), new TrailEntryMapper(LedgerPayloadSchemas.Instance),
            options.Algorithm, Path.GetFileName(path), anchored: anchorFile is not null);
        if (plan.IsEmpty || intact.Head is null)
        {
            return Task.FromResult(result);
        }

        var appended = session.Append([.. plan.Entries.Select(e => ImportedDrafts.Draft(e, session.Actor))]);
        return Task.FromResult(result with { Plan = plan, Appended = appended });
    }

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
