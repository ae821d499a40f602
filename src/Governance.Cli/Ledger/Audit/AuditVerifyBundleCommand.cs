using System.CommandLine;
using System.Text;
using Governance.Audit.Bundles;
using Governance.Cli.Infrastructure;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit verify-bundle bundle.zip [--trusted-checkpoint F]</c>: offline; exit 0 intact, 1 a file or entry fails, 2 unreadable.</summary>
internal static class AuditVerifyBundleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        Argument<string> bundle = new("bundle") { Description = "The evidence bundle (zip) from 'govern audit export'" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint obtained independently: its key must be bundled and the ledger consistent with it" };
        var command = new Command("verify-bundle", "Verify an evidence bundle offline: manifest, signatures, ledger, checkpoint, proofs, attestations") { bundle, trusted };
        command.SetAction(parse =>
        {
            var path = context.Resolve(parse.GetValue(bundle)!);
            if (!File.Exists(path))
            {
                throw new CliException($"{parse.GetValue(bundle)}: bundle not found");
            }

            var note = parse.GetValue(trusted) is { } t ? Encoding.UTF8.GetString(InputFiles.Read(context, t, "checkpoint")) : null;
            var verdict = BundleVerifier.Verify(path, note, RecordersOf);
            Write(context, verdict);
            return verdict.ExitCode;
        });
        return command;
    }

    /// <summary>Prints a verdict: intact to stdout, a failure to stdout (exit 1), unreadable to stderr (exit 2).</summary>
    public static void Write(CliContext context, BundleVerdict verdict)
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
    internal static IReadOnlyList<string> RecordersOf(string text, string source) => PrincipalDirectory.Parse(text, source).Recorders;
}
