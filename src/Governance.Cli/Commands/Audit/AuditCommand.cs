using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Audit;

/// <summary><c>govern audit</c>: the auditor's interface to the ledger.</summary>
internal static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context) => new("audit", "Verify, read, prove and sync the signed audit ledger")
    {
        AuditVerifyCommand.Create(context),
        AuditCheckpointCommand.Create(context),
        AuditLogCommand.Create(context),
        AuditShowCommand.Create(context),
        AuditProveCommand.Create(context),
        AuditVerifyProofCommand.Create(context),
        AuditPushCommand.Create(context),
        AuditPullCommand.Create(context),
        AuditReportCommand.Create(context),
        AuditExportCommand.Create(context),
        AuditVerifyBundleCommand.Create(context),
        AuditLinkCommand.Create(context),
    };
}
