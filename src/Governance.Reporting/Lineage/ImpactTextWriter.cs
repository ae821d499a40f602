using Governance.Core.Evaluation;
using Governance.Events.Lineage;

namespace Governance.Reporting.Lineage;

/// <summary>Renders an impact report (<c>govern lineage impact</c>) for people.</summary>
public static class ImpactTextWriter
{
    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter output, ImpactReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.WriteLine($"dataset {report.Dataset}{(report.Flagged ? " (FLAGGED)" : "")}: {report.Models.Count} model(s), {report.Deployments.Count} deployment(s) downstream");
        foreach (var m in report.Models)
        {
            var how = m.Direct ? "trained on it in" : "inherits it from";
            output.WriteLine($"  model {(m.Name is null ? "" : m.Name + " ")}{m.Digest.Value} ({how} {string.Join(", ", m.Stages)})");
        }

        foreach (var d in report.Deployments)
        {
            output.WriteLine($"  deployment {d.Environment} {d.Model} {d.Digest.Value} at {Format.Time(d.Time)} [{d.Reference}]");
        }
    }
}
