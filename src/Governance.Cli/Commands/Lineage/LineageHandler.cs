using Governance.Reporting.Lineage;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Lineage;

/// <summary>Runs the lineage queries (<see cref="LineageService"/>) and renders them as text, JSON or Graphviz dot.</summary>
internal sealed class LineageHandler(HostContext context)
{
    /// <summary><c>govern lineage show</c>.</summary>
    public async Task<int> ShowAsync(LedgerLocation ledger, string model, string format, CancellationToken cancellationToken)
    {
        var lineage = await new LineageService(context).ShowAsync(ledger, model, cancellationToken).ConfigureAwait(false);
        if (lineage.Note is not null)
        {
            context.Error.WriteLine("govern: note: " + lineage.Note);
        }

        switch (format)
        {
            case "json":
                context.Output.WriteLine(LineageJsonWriter.ToJson(lineage.Report));
                break;
            case "dot":
                context.Output.Write(LineageDotWriter.ToDot(lineage.Report));
                break;
            default:
                LineageTextWriter.Write(context.Output, lineage.Report);
                break;
        }

        return ExitCodes.Allow;
    }

    /// <summary><c>govern lineage impact</c>.</summary>
    public async Task<int> ImpactAsync(LedgerLocation ledger, string dataset, string format, CancellationToken cancellationToken)
    {
        var report = await new LineageService(context).ImpactAsync(ledger, dataset, cancellationToken).ConfigureAwait(false);
        if (format == "json")
        {
            context.Output.WriteLine(ImpactJsonWriter.ToJson(report));
        }
        else
        {
            ImpactTextWriter.Write(context.Output, report);
        }

        return ExitCodes.Allow;
    }
}
