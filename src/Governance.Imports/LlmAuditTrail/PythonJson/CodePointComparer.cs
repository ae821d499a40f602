namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>
/// Orders strings by Unicode code point, as Python sorts <c>str</c>. Ordinal UTF-16 comparison differs
/// when an astral character (a surrogate pair) meets a character in U+E000–U+FFFF.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static CodePointComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var a = Next(x, ref i);
            var b = Next(y, ref j);
            if (a != b)
            {
                return a < b ? -1 : 1;
            }
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static int Next(string s, ref int index)
    {
        var c = s[index++];
        if (char.IsHighSurrogate(c) && index < s.Length && char.IsLowSurrogate(s[index]))
        {
            return char.ConvertToUtf32(c, s[index++]);
        }

        return c;
    }
}
