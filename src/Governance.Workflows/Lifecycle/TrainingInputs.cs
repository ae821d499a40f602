using Governance.Workflows.Hosting;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Events.Catalogue;

namespace Governance.Workflows.Lifecycle;

/// <summary>
/// The <c>--input</c> and <c>--parent</c> options of <c>govern record training</c>: datasets as
/// <c>&lt;id&gt;[@sha256:…][,weight=&lt;w&gt;][,replay]</c> and the parent model digest, stored as the ledger's
/// <c>{id, kind, digest, weight?, replay?}</c> input objects that lineage follows.
/// </summary>
public static class TrainingInputs
{
    /// <summary>Adds both options to <paramref name="fields"/>.</summary>
    public static FieldSet AddTo(FieldSet fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        FieldOption inputs = new("--input", "Input dataset as <id>[@sha256:…][,weight=<mix weight>][,replay] (repeatable)", Repeatable: true);
        FieldOption parents = new("--parent", "Parent model digest this stage started from (repeatable)", Repeatable: true);
        return fields
            .Custom(parents, "inputs", (values, payload) => Append(payload, values.Many(parents.Name).Select(Parent)))
            .Custom(inputs, "inputs", (values, payload) => Append(payload, values.Many(inputs.Name).Select(Dataset)));
    }

    /// <summary>Parses one <c>--input</c> value.</summary>
    public static TrainingStageInput Dataset(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0 || parts[0].StartsWith("sha256:", StringComparison.Ordinal))
        {
            throw new WorkflowException($"--input: '{text}' names no dataset id (a parent model digest goes in --parent)");
        }

        var input = TrainingStageInput.FromReference(parts[0]);
        if (parts[0].Contains('@', StringComparison.Ordinal) && input.Digest is null)
        {
            // "ds:x@sha256:abc" would otherwise be recorded as a dataset named "ds:x@sha256:abc" that nothing registers.
            throw new WorkflowException($"--input: '{parts[0]}' pins a malformed digest (expected <id>@sha256:<64 hex digits>)");
        }

        if (input.Kind != "dataset")
        {
            throw new WorkflowException($"--input: '{parts[0]}' is not a dataset id[@sha256:…]");
        }

        foreach (var part in parts.Skip(1))
        {
            if (part == "replay")
            {
                input = input with { Replay = true };
            }
            else if (part.StartsWith("weight=", StringComparison.Ordinal)
                && double.TryParse(part["weight=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight >= 0 && double.IsFinite(weight))
            {
                input = input with { Weight = weight };
            }
            else
            {
                throw new WorkflowException($"--input: '{part}' in '{text}' is neither weight=<non-negative number> nor replay");
            }
        }

        return input;
    }

    private static TrainingStageInput Parent(string text) =>
        TrainingStageInput.Model(FieldSet.ParseDigest("--parent", text));

    private static void Append(JsonObject payload, IEnumerable<TrainingStageInput>? inputs)
    {
        var list = inputs?.ToList();
        if (list is not { Count: > 0 })
        {
            return;
        }

        var array = payload["inputs"] as JsonArray ?? [];
        foreach (var input in list)
        {
            array.Add(JsonSerializer.SerializeToNode(input, EventJsonContext.Default.TrainingStageInput));
        }

        payload["inputs"] = array;
    }
}
