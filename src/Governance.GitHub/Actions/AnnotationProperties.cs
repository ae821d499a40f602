namespace Governance.GitHub.Actions;

/// <summary>Where an annotation points (all optional), as in <c>::error file=…,line=…,col=…,title=…::</c>.</summary>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The 1-based start line.</param>
/// <param name="Column">The 1-based start column.</param>
/// <param name="EndLine">The end line.</param>
/// <param name="EndColumn">The end column.</param>
/// <param name="Title">A title shown above the message.</param>
public sealed record AnnotationProperties(
    string? File = null,
    int? Line = null,
    int? Column = null,
    int? EndLine = null,
    int? EndColumn = null,
    string? Title = null);
