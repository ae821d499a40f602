namespace Governance.Reporting.Decisions;

/// <summary>Renders a check report in one output format.</summary>
public interface IDecisionReporter
{
    /// <summary>Renders the report as text.</summary>
    string Render(CheckReport report);
}
