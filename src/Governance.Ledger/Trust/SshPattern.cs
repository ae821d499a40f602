namespace Governance.Ledger.Trust;

/// <summary>OpenSSH pattern lists: comma-separated globs with <c>*</c> and <c>?</c>, a leading <c>!</c> negates.</summary>
public static class SshPattern
{
    /// <summary>True if <paramref name="value"/> matches the list and no negated pattern matches it.</summary>
    public static bool MatchList(string value, string patternList)
    {
        ArgumentNullException.ThrowIfNull(patternList);
        var matched = false;
        foreach (var raw in patternList.Split(','))
        {
            var pattern = raw.Trim();
            if (pattern.StartsWith('!'))
            {
                if (Match(value, pattern.AsSpan(1)))
                {
                    return false;
                }
            }
            else if (Match(value, pattern))
            {
                matched = true;
            }
        }

        return matched;
    }

    /// <summary>Glob match with <c>*</c> (any run) and <c>?</c> (one character), case-sensitive.</summary>
    public static bool Match(ReadOnlySpan<char> value, ReadOnlySpan<char> pattern)
    {
        int v = 0, p = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == value[v]))
            {
                v++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starV = v;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                v = ++starV;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
