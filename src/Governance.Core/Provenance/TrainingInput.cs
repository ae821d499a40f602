using Governance.Core.Subjects;

namespace Governance.Core.Provenance;

/// <summary>One training input: a parent model digest, or a dataset id optionally pinned as <c>id@sha256:…</c>.</summary>
/// <param name="Dataset">The dataset id, when the input is a dataset.</param>
/// <param name="Pinned">The dataset digest the input pinned.</param>
/// <param name="Model">The parent model digest, when the input is a model.</param>
public sealed record TrainingInput(string? Dataset, Digest? Pinned, Digest? Model)
{
    /// <summary>Parses an input string from a training record.</summary>
    public static TrainingInput Parse(string input)
    {
        if (Digest.TryParse(input, out var model))
        {
            return new TrainingInput(null, null, model);
        }

        var at = input.LastIndexOf('@');
        if (at > 0 && Digest.TryParse(input[(at + 1)..], out var pinned))
        {
            return new TrainingInput(input[..at], pinned, null);
        }

        return new TrainingInput(input, null, null);
    }
}
