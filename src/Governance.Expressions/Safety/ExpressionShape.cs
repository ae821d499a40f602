namespace Governance.Expressions.Safety;

/// <summary>
/// Limits checked on the raw text before Roslyn parses it. The C# parser recurses once per nesting level and some of
/// its paths have no stack guard (e.g. 20 000 nested parentheses overflow the stack inside <c>ScanTupleType</c>,
/// which kills the process), and binding a very long expression takes minutes. A policy condition needs neither.
/// </summary>
internal static class ExpressionShape
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 4096;

    /// <summary>The deepest nesting of <c>( [ {</c> accepted (string and character literals aside).</summary>
    public const int MaxNesting = 64;

    /// <summary>The offset and reason of the first limit <paramref name="text"/> exceeds, or null.</summary>
    public static (int Offset, string Reason)? Check(string text)
    {
        if (text.Length > MaxLength)
        {
            return (MaxLength, $"the expression is {text.Length} characters long; the limit is {MaxLength} (split it into several rules)");
        }

        var depth = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{' when ++depth > MaxNesting:
                    return (i, $"the expression nests brackets more than {MaxNesting} deep; simplify it");
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
