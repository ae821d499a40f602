using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Core.Evaluation;
using Governance.Ledger.Entries;
using Governance.Ledger.Imports;

namespace Governance.Cli.Imports;

/// <summary>
/// <c>govern import lm-eval</c>: one <c>evaluation.recorded</c> entry per metric of an lm-evaluation-harness
/// results file (named <c>&lt;task&gt;/&lt;metric&gt;</c>, harness and task versions kept) or a generic
/// <c>{"metrics": {…}}</c> file, bound to the model digest given on the command line.
/// </summary>
internal sealed class EvaluationImporter(CliContext context)
{
    private readonly CliContext _context = context;

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
            throw new CliException(ex.Line > 0 ? $"{file}:{ex.Line}:{ex.Column}: {ex.Reason}" : $"{file}: {ex.Reason}");
        }
        catch (IOException ex)
        {
            throw new CliException($"{file}: cannot read: {ex.Message}");
        }

        if (evaluations.FirstOrDefault(e => e.Model is not null && !Matches(e.Model, model)) is { } other)
        {
            _context.Error.WriteLine($"warning: {file} names model '{other.Model}'; recording the results for --model {model} {d}");
        }

        using var session = LedgerSession.Open(_context, target, keyPath);
        var source = Path.GetFileName(file);
        var subject = new EntrySubject(model, d);
        var drafts = evaluations.Select(e => new EntryDraft(EntryTypes.EvaluationRecorded, session.Actor, subject, Payload(e, d, model, source))).ToList();
        var appended = session.Append(drafts);
        _context.Output.WriteLine($"imported {appended.Count} evaluation(s) from {file} for {model} {d} as seq {appended[0].Entry.Seq}-{appended[^1].Entry.Seq}");
        foreach (var e in evaluations)
        {
            _context.Output.WriteLine($"  {e.Metric} = {Format.Number(e.Value)}{(e.IsGroup ? " (group)" : "")}");
        }

        return ExitCodes.Allow;
    }

    private static JsonObject Payload(ImportedEvaluation e, string digest, string model, string source)
    {
        var payload = new JsonObject { ["metric"] = e.Metric, ["value"] = e.Value, ["digest"] = digest, ["model"] = model, ["source"] = source };
        Set(payload, "dataset", e.Dataset);
        Set(payload, "harness", e.HarnessVersion is null ? null : "lm-evaluation-harness " + e.HarnessVersion);
        Set(payload, "taskVersion", e.TaskVersion);
        if (e.Stderr is { } stderr)
        {
            payload["stderr"] = stderr;
        }

        if (e.NumFewShot is { } shots)
        {
            payload["numFewShot"] = shots;
        }

        if (e.IsGroup)
        {
            payload["group"] = true;
        }

        if (e.Time is { } time)
        {
            payload["observedAt"] = Format.Time(time);
        }

        return payload;
    }

    private static void Set(JsonObject payload, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[name] = value;
        }
    }

    private static bool Matches(string fileModel, string model) =>
        fileModel == model || fileModel.EndsWith("/" + model, StringComparison.Ordinal) || model.EndsWith("/" + fileModel, StringComparison.Ordinal);
}
