using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Policies.Diagnostics;
using Governance.Policies.Testing;

namespace Governance.Cli.Commands.Policies;

/// <summary><c>govern policy test</c>: exit 0 when every case passes, 1 when any fails, 2 when none ran.</summary>
internal sealed class PolicyTestHandler(HostContext context)
{
    /// <summary>Runs the test cases under <paramref name="directory"/>; writes text or JUnit XML to <paramref name="outputFile"/> or standard output.</summary>
    public async Task<int> HandleAsync(string directory, bool junit, string? outputFile, CancellationToken cancellationToken)
    {
        var dir = context.Resolve(directory);
        if (!Directory.Exists(dir))
        {
            throw new WorkflowException($"{directory}: directory not found");
        }

        var report = new PolicyTestRunner(context.Time, ConditionEngines.CreateIfNeeded).Run(dir);
        foreach (var diagnostic in report.Diagnostics)
        {
            context.Error.WriteLine(DiagnosticText.Relative(context, diagnostic));
        }

        var shown = report.RelativeTo(DiagnosticText.RepositoryRoot(dir) ?? context.WorkingDirectory);
        var rendered = junit ? shown.ToJUnitXml() : shown.ToText();
        if (outputFile is not null)
        {
            await File.WriteAllTextAsync(context.Resolve(outputFile), rendered, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(shown.ToText().Split('\n').LastOrDefault(l => l.Length > 0));
        }
        else
        {
            context.Output.Write(rendered);
        }

        return report.Cases.Count == 0 || report.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.NoDecision
            : report.Passed ? ExitCodes.Allow : ExitCodes.Deny;
    }
}
