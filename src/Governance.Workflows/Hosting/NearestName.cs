using Governance.Core.Text;

namespace Governance.Workflows.Hosting;

/// <summary>"Did you mean …?": the known name nearest to a typo, by Levenshtein distance.</summary>
internal static class NearestName
{
    /// <summary>
    /// The known name closest to <paramref name="given"/> (case-insensitive edit distance), if it is close enough to be a
    /// typo: at most a third of the longer name's length, and never more than 4 edits.
    /// </summary>
    public static string? Find(string given, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var distance = EditDistance.Between(given.ToUpperInvariant(), name.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best is not null && bestDistance <= Math.Min(4, Math.Max(1, Math.Max(given.Length, best.Length) / 3)) ? best : null;
    }

    /// <summary>A sentence ending for an error message: <c>; did you mean 'x'?</c>, or the known names when few, or nothing.</summary>
    public static string Hint(string given, IReadOnlyCollection<string> known, string what)
    {
        ArgumentNullException.ThrowIfNull(known);
        return Find(given, known) is { } near ? $"; did you mean '{near}'?"
            : known.Count == 0 ? $"; the ledger has no {what} yet"
            : known.Count <= 8 ? $"; known {what}: {string.Join(", ", known.Order(StringComparer.Ordinal))}"
            : "";
    }
}
