using System.Globalization;
using Governance.Core.Evaluation;

using Governance.Events.Lineage;

namespace Governance.Reporting.Lineage;

/// <summary>Renders a lineage as an indented tree: model, the stages that produced it, their datasets and parent models.</summary>
public static class LineageTextWriter
{
    /// <summary>Writes the tree.</summary>
    public static void Write(TextWriter output, LineageReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var models = report.Models.ToDictionary(m => m.Digest, StringComparer.Ordinal);
        WriteModel(output, report, models, report.Model, "", []);
        var sources = report.Stages.SelectMany(s => s.Datasets).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        var flagged = report.Stages.SelectMany(s => s.Datasets).Where(d => d.Flagged).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine($"{report.Stages.Count} stage(s), {sources.Count} source dataset(s): {(sources.Count == 0 ? "none" : string.Join(", ", sources))}");
        if (flagged.Count > 0)
        {
            output.WriteLine($"flagged sources: {string.Join(", ", flagged)}");
        }
    }

    private static void WriteModel(TextWriter output, LineageReport report, Dictionary<string, LineageModelNode> models, LineageModelNode model, string pad, HashSet<string> seen)
    {
        var name = model.Name is null ? "" : model.Name + " ";
        var unknown = model.Recorded || pad.Length == 0 ? "" : " (lineage not recorded)";
        output.WriteLine($"{pad}model {name}{model.Digest}{unknown}");
        Notes(output, pad + "  ", model.Notes);
        if (!seen.Add(model.Digest))
        {
            return;
        }

        foreach (var stage in report.Stages.Where(s => s.Output == model.Digest))
        {
            var kind = stage.Kind is null ? "" : $" ({stage.Kind})";
            output.WriteLine($"{pad}  <- stage {stage.Stage}{kind} [{stage.Reference} {Format.Time(stage.Time)}]");
            foreach (var dataset in stage.Datasets)
            {
                var pinned = dataset.Pinned is null ? "" : "@" + dataset.Pinned;
                var weight = dataset.Weight is { } w ? " weight=" + w.ToString("R", CultureInfo.InvariantCulture) : "";
                var replay = dataset.Replay ? " replay" : "";
                var flag = dataset.Flagged ? " FLAGGED" : "";
                output.WriteLine($"{pad}     dataset {dataset.Id}{pinned}{weight}{replay}{flag}");
                Notes(output, pad + "       ", dataset.Notes);
            }

            foreach (var parent in stage.Parents)
            {
                WriteModel(output, report, models, models[parent], pad + "     ", seen);
            }
        }
    }

    private static void Notes(TextWriter output, string pad, IReadOnlyList<LineageNote> notes)
    {
        foreach (var note in notes)
        {
            var where = note.Reference.Length == 0 ? "" : note.Time is { } t ? $" [{note.Reference} {Format.Time(t)}]" : $" [{note.Reference}]";
            output.WriteLine($"{pad}{note.Kind}: {note.Summary}{where}");
        }
    }
}
