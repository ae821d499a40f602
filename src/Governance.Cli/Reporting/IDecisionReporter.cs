namespace Governance.Cli.Reporting;

/// <summary>Renders a check report in one output format.</summary>
internal interface IDecisionReporter
{
    /// <summary>Renders the report as text.</summary>
    string Render(CheckReport report);
}
