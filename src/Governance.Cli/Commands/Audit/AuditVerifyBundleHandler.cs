using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text;
using Governance.Audit.Bundles;
using Governance.Reporting.Audit;

namespace Governance.Cli.Commands.Audit;

/// <summary>Verifies an evidence bundle offline and prints the verdict.</summary>
internal sealed class AuditVerifyBundleHandler(HostContext context)
{
    /// <summary>Verifies <paramref name="bundle"/> (as the user named it), against <paramref name="trustedCheckpoint"/> when given.</summary>
    public Task<int> HandleAsync(string bundle, string? trustedCheckpoint, CancellationToken cancellationToken)
    {
        var path = context.Resolve(bundle);
        if (!File.Exists(path))
        {
            throw new WorkflowException($"{bundle}: bundle not found");
        }

        var note = trustedCheckpoint is { } t ? Encoding.UTF8.GetString(InputFiles.Read(context, t, "checkpoint")) : null;
        cancellationToken.ThrowIfCancellationRequested();
        var verdict = BundleVerifier.Verify(path, note, RecordersOf);
        BundleVerdictText.Write(context.Output, context.Error, verdict);
        return Task.FromResult(verdict.ExitCode);
    }

    /// <summary>The recorder principals of a bundled principals.yaml, read by the parser the CLI trusts everywhere else.</summary>
    internal static IReadOnlyList<string> RecordersOf(string text, string source) => PrincipalsFile.Parse(text, source).Recorders;
}
