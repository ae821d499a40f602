namespace Governance.Core.Policies;

/// <summary>A 1-based position in a source file, for <c>file:line:col</c> messages and annotations.</summary>
/// <param name="File">The file path as given by the user.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for policies built in code.</summary>
    public static SourceLocation None { get; } = new("", 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
