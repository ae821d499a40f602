using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LmEval;

/// <summary>The lm-evaluation-harness part of <see cref="LmEvalResultsReader"/>: one parsed results file.</summary>
internal sealed class LmEvalHarnessFile(PyJsonValue root, string file)
{
    private static readonly HashSet<string> MetadataKeys = new(StringComparer.Ordinal)
    {
        "alias", "name", "sample_len", "sample_count", "samples", "n_samples", "num_samples",
    };

    public List<ImportedEvaluation> Read(PyJsonValue results)
    {
        var groups = root["groups"];
        foreach (var section in new[] { results, groups })
        {
            if (section is not null and not { Kind: PyJsonKind.Object })
            {
                throw new ImportFormatException(file, section.Line, section.Column, "\"results\" and \"groups\" must be objects of task: metrics");
            }
        }

        var groupNames = new HashSet<string>(StringComparer.Ordinal);
        groupNames.UnionWith(groups?.Members.Keys ?? []);
        groupNames.UnionWith(root["group_subtasks"]?.Members.Keys ?? []);
        var context = (Harness: HarnessVersion(), Model: Model(), Time: Time());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var evaluations = new List<ImportedEvaluation>();
        foreach (var section in new[] { results, groups })
        {
            foreach (var task in (section?.Members.Keys ?? []).Order(CodePointComparer.Instance))
            {
                if (!seen.Add(task) || section!.Members[task] is not { Kind: PyJsonKind.Object } entry)
                {
                    continue;
                }

                foreach (var (metric, value, stderr) in Metrics(entry))
                {
                    evaluations.Add(new ImportedEvaluation
                    {
                        Metric = $"{task}/{metric}",
                        Value = value,
                        Stderr = stderr,
                        Dataset = task,
                        IsGroup = groupNames.Contains(task),
                        TaskVersion = TaskVersion(task),
                        NumFewShot = root["n-shot"]?[task] is { Kind: PyJsonKind.Integer } n && n.Integer >= 0 && n.Integer <= int.MaxValue ? (int)n.Integer : null,
                        HarnessVersion = context.Harness,
                        Model = context.Model,
                        Time = context.Time,
                    });
                }
            }
        }

        return evaluations.Count > 0
            ? evaluations
            : throw new ImportFormatException(file, results.Line, results.Column, "no numeric metrics in \"results\" or \"groups\"");
    }

    /// <summary>A finite number's value, else <c>null</c> (strings such as "N/A", NaN, objects...).</summary>
    public static double? Number(PyJsonValue value) => value.Kind switch
    {
        PyJsonKind.Integer => (double)value.Integer,
        PyJsonKind.Float when double.IsFinite(value.Float) => value.Float,
        _ => null,
    };

    private static IEnumerable<(string Metric, double Value, double? Stderr)> Metrics(PyJsonValue entry)
    {
        var v04 = entry.Members.Keys.Any(k => k.Contains(',', StringComparison.Ordinal));
        foreach (var key in entry.Members.Keys.Order(CodePointComparer.Instance))
        {
            var comma = key.IndexOf(',', StringComparison.Ordinal);
            var (metric, filter) = comma >= 0 ? (key[..comma], key[(comma + 1)..]) : (key, "none");
            if ((v04 && comma < 0) || MetadataKeys.Contains(metric) || metric.EndsWith("_stderr", StringComparison.Ordinal) ||
                Number(entry.Members[key]) is not { } value)
            {
                continue;
            }

            var stderrKey = comma >= 0 ? $"{metric}_stderr,{filter}" : $"{metric}_stderr";
            var stderr = entry[stderrKey] is { } s ? Number(s) : null;
            yield return (filter == "none" ? metric : $"{metric}[{filter}]", value, stderr);
        }
    }

    private string? TaskVersion(string task) => root["versions"]?[task] switch
    {
        { Kind: PyJsonKind.String } s => s.String,
        { Kind: PyJsonKind.Integer or PyJsonKind.Float } n => n.ToString(),
        _ => null,
    };

    private string? HarnessVersion() =>
        root["lm_eval_version"]?.String is { Length: > 0 } version ? version
        : root["git_hash"]?.String is { Length: > 0 } hash ? "git:" + hash
        : null;

    private string? Model()
    {
        if (root["model_name"]?.String is { Length: > 0 } name)
        {
            return name;
        }

        var config = root["config"];
        var args = config?["model_args"];
        if (args?["pretrained"]?.String is { Length: > 0 } pretrained)
        {
            return pretrained;
        }

        var fromArgs = args?.String?.Split(',').Select(a => a.Trim()).FirstOrDefault(a => a.StartsWith("pretrained=", StringComparison.Ordinal));
        return fromArgs is not null ? fromArgs["pretrained=".Length..] : config?["model"]?.String;
    }

    private DateTimeOffset? Time() =>
        root["date"] is { } date && Number(date) is { } seconds && Math.Abs(seconds) < 1e11
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero))
            : null;
}
