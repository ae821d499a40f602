using Governance.Workflows.Hosting;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Core.Evaluation;
using Governance.Imports;
using Governance.Imports.LmEval;
using Governance.Ledger.Writing;

namespace Governance.Cli.Imports;

/// <summary>
/// <c>govern import lm-eval</c>: one <c>evaluation.recorded</c> entry per metric of an lm-evaluation-harness
/// results file (named <c>&lt;task&gt;/&lt;metric&gt;</c>, harness and task versions kept) or a generic
/// <c>{"metrics": {…}}</c> file, bound to the model digest given on the command line.
/// </summary>
internal sealed class EvaluationImporter(HostContext context)
{
    private readonly HostContext _context = context;

    /// <summary>Reads the file and appends its evaluations as one batch.</summary>
    public int Run(LedgerTarget target, string file, string model, string digest, string? keyPath)
    {
        var d = Lifecycle.FieldSet.ParseDigest("--digest", digest);
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

        using var session = LedgerSession.Open(_context, target, keyPath);
        var source = Path.GetFileName(file);
        var drafts = evaluations.Select(e => ImportedDrafts.Draft(EvaluationEntries.Map(e, model, d, source), session.Actor)).ToList();
        var appended = session.Append(drafts);
        _context.Output.WriteLine($"imported {appended.Count} evaluation(s) from {file} for {model} {d} as seq {appended[0].Entry.Seq}-{appended[^1].Entry.Seq}");
        foreach (var e in evaluations)
        {
            _context.Output.WriteLine($"  {e.Metric} = {Format.Number(e.Value)}{(e.IsGroup ? " (group)" : "")}");
        }

        return ExitCodes.Allow;
    }
}
