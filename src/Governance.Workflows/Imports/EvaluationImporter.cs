using Governance.Imports;
using Governance.Imports.LmEval;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Imports;

/// <summary>
/// <c>govern import lm-eval</c>: one <c>evaluation.recorded</c> entry per metric of an lm-evaluation-harness
/// results file (named <c>&lt;task&gt;/&lt;metric&gt;</c>, harness and task versions kept) or a generic
/// <c>{"metrics": {…}}</c> file, bound to the model digest the caller gives.
/// </summary>
/// <param name="context">The host's context (working directory, environment, clock).</param>
public sealed class EvaluationImporter(HostContext context)
{
    private readonly HostContext _context = context;

    /// <summary>Reads the file and appends its evaluations as one batch; a file naming another model is a warning, not an error.</summary>
    /// <param name="location">The ledger.</param>
    /// <param name="file">The results file.</param>
    /// <param name="model">The model name the results are recorded for.</param>
    /// <param name="digest">The evaluated model digest (<c>sha256:…</c>).</param>
    /// <param name="keyPath">The recorder key.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public Task<EvaluationImportResult> ImportAsync(LedgerLocation location, string file, string model, string digest, string? keyPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var target = location.Resolve(_context);
        var d = OptionValues.Digest("--digest", digest).Value;
        InputFiles.Read(_context, file, "results");
        IReadOnlyList<ImportedEvaluation> evaluations;
        try
        {
            evaluations = LmEvalResultsReader.ReadFile(_context.Resolve(file));
        }
        catch (ImportFormatException ex)
        {
            throw new WorkflowException(ex.Line > 0 ? $"{file}:{ex.Line}:{ex.Column}: {ex.Reason}" : $"{file}: {ex.Reason}");
        }
        catch (IOException ex)
        {
            throw new WorkflowException($"{file}: cannot read: {ex.Message}");
        }

        if (EvaluationEntries.NamingAnotherModel(evaluations, model) is { } other)
        {
            _context.Error.WriteLine($"warning: {file} names model '{other.Model}'; recording the results for --model {model} {d}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var session = LedgerSession.Open(_context, target, keyPath);
        var source = Path.GetFileName(file);
        var drafts = evaluations.Select(e => ImportedDrafts.Draft(EvaluationEntries.Map(e, model, d, source), session.Actor)).ToList();
        return Task.FromResult(new EvaluationImportResult(d, evaluations, session.Append(drafts)));
    }
}
