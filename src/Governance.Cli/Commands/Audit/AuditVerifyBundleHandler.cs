using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text;
using Governance.Audit.Bundles;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;

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
        Write(context, verdict);
        return Task.FromResult(verdict.ExitCode);
    }

    /// <summary>Prints a verdict: intact to stdout, a failure to stdout (exit 1), unreadable to stderr (exit 2).</summary>
    public static void Write(HostContext context, BundleVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(verdict);
        switch (verdict.ExitCode)
        {
            case 0:
                context.Output.WriteLine(verdict.Message);
                context.Output.WriteLine($"signers: {string.Join(", ", verdict.Signers)}; bundle {verdict.Digest}");
                break;
            case 1:
                context.Output.WriteLine("FAILED: " + verdict.Message);
                break;
            default:
                context.Error.WriteLine("govern: " + verdict.Message);
                break;
        }
    }

    /// <summary>The recorder principals of a bundled principals.yaml, read by the parser the CLI trusts everywhere else.</summary>
    internal static IReadOnlyList<string> RecordersOf(string text, string source) => PrincipalsFile.Parse(text, source).Recorders;
}
