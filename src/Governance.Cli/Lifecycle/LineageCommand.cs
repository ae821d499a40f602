using Governance.Workflows.Hosting;
using System.CommandLine;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;
using Governance.Events.Lineage;
using Governance.Events.Projection;
using Governance.Ledger.Writing;
using Governance.Reporting.Lineage;

namespace Governance.Cli.Lifecycle;

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
        command.SetAction(parse =>
        {
            var index = Index(context, ledger.Read(context, parse));
            var name = parse.GetRequiredValue(model);
            var resolved = index.Resolve(name)
                ?? throw new WorkflowException($"--model: no ledger entry names model '{name}'{NearestName.Hint(name, index.ModelNames, "model names")}; or give its digest (sha256:…)");
            if (resolved.Note is not null)
            {
                context.Error.WriteLine("govern: note: " + resolved.Note);
            }

            var report = LineageReport.Build(index, resolved.Digest);
            switch (parse.GetValue(format))
            {
                case "json":
                    context.Output.WriteLine(LineageJsonWriter.ToJson(report));
                    break;
                case "dot":
                    context.Output.Write(LineageDotWriter.ToDot(report));
                    break;
                default:
                    LineageTextWriter.Write(context.Output, report);
                    break;
            }

            return ExitCodes.Allow;
        });
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
        command.SetAction(parse =>
        {
            var index = Index(context, ledger.Read(context, parse));
            var id = parse.GetRequiredValue(dataset);
            var known = index.KnownDatasets();
            if (!known.Contains(id))
            {
                throw new WorkflowException($"--dataset: no ledger entry names dataset '{id}'{NearestName.Hint(id, known, "datasets")}");
            }

            var report = ImpactReport.Build(index, id);
            if (parse.GetValue(format) == "json")
            {
                context.Output.WriteLine(ImpactJsonWriter.ToJson(report));
            }
            else
            {
                ImpactTextWriter.Write(context.Output, report);
            }

            return ExitCodes.Allow;
        });
        return command;
    }

    // Lineage reads the whole verified ledger (only trusted signatures count, as in check) and every entry's subject.
    private static LineageIndex Index(HostContext context, LedgerTarget target)
    {
        var now = context.Time.GetUtcNow();
        var trust = PrincipalsFile.LoadTrust(target);
        var entries = new List<ProjectedEntry>();
        var evidence = LedgerEvidence.From(() => LedgerEvidence.Source(target, trust, context.Time).ReadAll(entries.Add), trust).Evidence;
        return LineageIndex.Build(evidence, entries, now);
    }
}
