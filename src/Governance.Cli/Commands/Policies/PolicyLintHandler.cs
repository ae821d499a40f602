using Governance.Workflows.Authoring;
using Governance.Workflows.Hosting;
using Governance.Policies.Diagnostics;
using Governance.Policies.Lint;

namespace Governance.Cli.Commands.Policies;

/// <summary><c>govern policy lint</c>: schema and semantic checks; exit 0 clean, 2 on any error.</summary>
internal sealed class PolicyLintHandler(HostContext context)
{
    /// <summary>Lints the policy files under <paramref name="paths"/>.</summary>
    public Task<int> HandleAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var files = paths.SelectMany(p => InputFiles.PolicyFiles(context, p)).Select(context.Resolve).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = PolicyLinter.Lint(files).Concat(ExpressionLint.Check(context, files)).ToList();
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(DiagnosticText.Relative(context, diagnostic));
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        context.Output.WriteLine(errors == 0
            ? $"{files.Count} policy file{(files.Count == 1 ? "" : "s")} OK"
            : $"{errors} error{(errors == 1 ? "" : "s")} in {files.Count} policy file{(files.Count == 1 ? "" : "s")}");
        return Task.FromResult(errors == 0 ? ExitCodes.Allow : ExitCodes.NoDecision);
    }
}
