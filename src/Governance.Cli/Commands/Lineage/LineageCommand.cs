using Governance.Cli.Commands.Shared;
using System.CommandLine;
using Governance.Workflows.Hosting;

namespace Governance.Cli.Commands.Lineage;

/// <summary><c>govern lineage show|impact</c>: the auditor's lineage queries over the verified ledger.</summary>
internal static class LineageCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(HostContext context)
    {
        var command = new Command("lineage", "Trace models to their training data and stages, or datasets to the models and deployments built on them");
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Impact(context));
        return command;
    }

    private static Command Show(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> model = new("--model") { Description = "Model name (its latest recorded digest) or digest", Required = true };
        Option<string> format = new("--format") { Description = "text, json or dot (Graphviz)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "dot");
        var command = new Command("show", "Every transitive source dataset and stage of a model, with the approvals, waivers, attestations and evaluations on each node") { model, format };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new LineageHandler(context).ShowAsync(
            ledger.Location(parse), parse.GetRequiredValue(model), parse.GetValue(format)!, cancellationToken));
        return command;
    }

    private static Command Impact(HostContext context)
    {
        var ledger = new LedgerOptionSet();
        Option<string> dataset = new("--dataset") { Description = "Dataset id", Required = true };
        Option<string> format = new("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("impact", "Every model digest and deployment downstream of a dataset") { dataset, format };
        ledger.AddTo(command);
        command.SetAction((parse, cancellationToken) => new LineageHandler(context).ImpactAsync(
            ledger.Location(parse), parse.GetRequiredValue(dataset), parse.GetValue(format)!, cancellationToken));
        return command;
    }
}
