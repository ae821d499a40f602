using System.Globalization;
using System.Text;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LmEval;

/// <summary>
/// Reads evaluation results into <see cref="ImportedEvaluation"/>s: an lm-evaluation-harness results file
/// (v0.4: <c>results.&lt;task&gt;."&lt;metric&gt;,&lt;filter&gt;"</c>, plus <c>groups</c>; v0.3 keys without a
/// filter are read as filter <c>none</c>), or a generic <c>{"metrics": {"name": value}}</c> file.
/// Harness files are parsed as Python writes them (NaN allowed); non-numeric values such as <c>"N/A"</c>,
/// <c>alias</c>, and NaN/Infinity are skipped; <c>*_stderr</c> values attach to their metric.
/// </summary>
public static class LmEvalResultsReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ImportFormatException">The file is not a results or metrics file (message <c>path:line:col: reason</c>).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<ImportedEvaluation> ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportFormatException(path, 0, 0, "the file is not valid UTF-8", e);
        }

        return Read(text, path);
    }

    /// <summary>Reads results from <paramref name="json"/>; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ImportFormatException">The text is not a results or metrics file.</exception>
    public static IReadOnlyList<ImportedEvaluation> Read(string json, string file)
    {
        PyJsonValue root;
        try
        {
            root = PyJson.Parse(json.StartsWith('\uFEFF') ? json[1..] : json);
        }
        catch (PythonJsonException e)
        {
            throw new ImportFormatException(file, e.Line, e.Column, "malformed JSON: " + e.Reason, e);
        }

        if (root.Kind != PyJsonKind.Object)
        {
            throw new ImportFormatException(file, root.Line, root.Column, "expected a JSON object");
        }

        if (root["results"] is { } results)
        {
            return new LmEvalHarnessFile(root, file).Read(results);
        }

        if (root["metrics"] is { } metrics)
        {
            return ReadGeneric(root, metrics, file);
        }

        throw new ImportFormatException(file, root.Line, root.Column,
            "neither an lm-evaluation-harness results file (no \"results\") nor a metrics file (no \"metrics\")");
    }

    private static List<ImportedEvaluation> ReadGeneric(PyJsonValue root, PyJsonValue metrics, string file)
    {
        if (metrics.Kind != PyJsonKind.Object || metrics.Members.Count == 0)
        {
            throw new ImportFormatException(file, metrics.Line, metrics.Column, "\"metrics\" must be a non-empty object of name: number");
        }

        var dataset = OptionalString(root, "dataset", file);
        var model = OptionalString(root, "model", file);
        DateTimeOffset? time = null;
        if (OptionalString(root, "time", file) is { } timeText)
        {
            if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                throw new ImportFormatException(file, root["time"]!.Line, root["time"]!.Column, $"\"time\" {timeText} is not an RFC 3339 date-time");
            }

            time = parsed;
        }

        var result = new List<ImportedEvaluation>();
        foreach (var name in metrics.Members.Keys.Order(CodePointComparer.Instance))
        {
            var value = metrics.Members[name];
            if (LmEvalHarnessFile.Number(value) is not { } number)
            {
                throw new ImportFormatException(file, value.Line, value.Column, $"metric \"{name}\" must be a finite number, found {value}");
            }

            result.Add(new ImportedEvaluation { Metric = name, Value = number, Dataset = dataset, Model = model, Time = time });
        }

        return result;
    }

    private static string? OptionalString(PyJsonValue root, string name, string file) => root[name] switch
    {
        null or { Kind: PyJsonKind.Null } => null,
        { Kind: PyJsonKind.String } s => s.String,
        var other => throw new ImportFormatException(file, other.Line, other.Column, $"\"{name}\" must be a string"),
    };
}
