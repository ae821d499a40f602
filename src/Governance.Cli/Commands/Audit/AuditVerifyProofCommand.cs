using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit verify-proof</c>: checks a saved proof offline, with no repository: exit 0 valid, 1 invalid, 2 unreadable.</summary>
internal static class AuditVerifyProofCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        Argument<string> proofFile = new("proof") { Description = "A proof saved with 'govern audit prove --format json'" };
        Option<string?> signers = new("--allowed-signers") { Description = "Check the proof's checkpoint signature against these trusted signers" };
        Option<string?> trusted = new("--trusted-checkpoint") { Description = "For a consistency proof: the old checkpoint you trust" };
        var command = new Command("verify-proof", "Verify an inclusion or consistency proof offline") { proofFile, signers, trusted };
        command.SetAction((parse, cancellationToken) => new AuditVerifyProofHandler(context).HandleAsync(
            parse.GetRequiredValue(proofFile), parse.GetValue(signers), parse.GetValue(trusted), cancellationToken));
        return command;
    }
}
