namespace Governance.Reporting.Decisions;

/// <summary>The output formats of <c>govern check --format</c>.</summary>
public static class Reporters
{
    /// <summary>The accepted format names.</summary>
    public static readonly string[] Names = ["text", "json", "markdown", "sarif"];

    /// <summary>The reporter for a format name.</summary>
    public static IDecisionReporter For(string format) => format switch
    {
        "json" => new JsonReporter(),
        "markdown" => new MarkdownReporter(),
        "sarif" => new SarifReporter(),
        _ => new TextReporter(),
    };
}
