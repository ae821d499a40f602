using Governance.Core.Policies;

namespace Governance.Expressions.Compilation;

/// <summary>Where one expression text appears: a rule's <c>when</c> or an <c>expression</c> requirement.</summary>
internal sealed record ExpressionOccurrence(string Text, string Policy, string RuleId, bool IsWhen, SourceLocation Location)
{
    /// <summary>The policy-file location of a character offset inside the expression text.</summary>
    public SourceLocation At(int offset)
    {
        if (Location.Line <= 0)
        {
            return Location;
        }

        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Location.Line;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = line == Location.Line ? Location.Column + offset : Location.Column + (offset - lineStart);
        return Location with { Line = line, Column = column };
    }
}
