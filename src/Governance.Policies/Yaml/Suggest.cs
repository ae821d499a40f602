using Governance.Core.Text;

namespace Governance.Policies.Yaml;

/// <summary>"Did you mean …?" suggestions for misspelled keys.</summary>
internal static class Suggest
{
    /// <summary>The candidate closest to <paramref name="word"/> by edit distance, when close enough to be a typo.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= (word.Length <= 3 ? 1 : Math.Max(2, word.Length / 3)) ? best : null;
    }
}
