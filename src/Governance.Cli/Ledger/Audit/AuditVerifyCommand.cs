using System.CommandLine;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Verification;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit verify</c>: exit 0 intact, 1 tampering found (first bad entry and why), 2 could not verify.</summary>
internal static class AuditVerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "A checkpoint saved earlier (govern audit checkpoint): detects truncation, rollback and rewritten history" };
        var command = new Command("verify", "Verify every entry, link, signature, schema, time and checkpoint of the ledger") { trusted };
        ledger.AddTo(command);
        command.SetAction(parse =>
        {
            var target = ledger.Read(context, parse);
            var trust = TrustLoader.Load(target);
            string? note = parse.GetValue(trusted) is { } path ? System.Text.Encoding.UTF8.GetString(InputFiles.Read(context, path, "checkpoint")) : null;
            var result = new LedgerVerifier(trust.Signers, new LedgerVerifierOptions(TrustedCheckpointNote: note) { Clock = context.Time }).Verify(target.Repository);
            switch (result)
            {
                case VerificationResult.Intact intact:
                    context.Output.WriteLine(intact.Head is { } head
                        ? $"intact: {intact.Size} entries, root {Convert.ToHexStringLower(head.RootHash.Span)} ({head.Origin}); signers from {trust.Source}"
                        : "intact: the ledger is empty");
                    if (note is not null)
                    {
                        context.Output.WriteLine("consistent with the trusted checkpoint");
                    }

                    break;
                case VerificationResult.Tampered tampered:
                    context.Output.WriteLine($"TAMPERED at entry {tampered.Seq}: {Kind(tampered.Kind)}: {tampered.Message}");
                    break;
                case VerificationResult.CouldNotVerify failed:
                    context.Error.WriteLine($"govern: could not verify: {failed.Message}");
                    break;
            }

            return result.ExitCode;
        });
        return command;
    }

    /// <summary>The kebab-case name of a tamper kind (<c>time-backwards</c>).</summary>
    public static string Kind(TamperKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
