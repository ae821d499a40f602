using Governance.Workflows.Check;
using Governance.Workflows.Hosting;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Evidence;
using Governance.Cli.Reporting;
using Governance.Reporting.Decisions;

namespace Governance.Cli.Commands.Check;

/// <summary>Runs a check: load trusted policies, ask each evidence source, combine by trust, evaluate, record, report.</summary>
internal sealed class CheckHandler(HostContext context)
{
    /// <summary>Runs the check and returns the exit code.</summary>
    public async Task<int> HandleAsync(CheckOptions options, CancellationToken cancellationToken)
    {
        var digest = OptionValues.Digest("--digest", options.Digest);
        OptionValues.Name("--model", options.Model);
        OptionValues.Name("--environment", options.Environment);

        var repository = context.Resolve(options.Repository ?? ".");
        var policies = PolicySource.Load(context, options.Policies, options.PolicyRef, repository);
        LedgerCheck.EnsureCanRecord(options);
        var request = new EvidenceRequest(new Subject(options.Model, digest, options.Environment, options.Commit), policies);
        var batches = await EvidenceCollection.CollectAsync(Sources(context, options, repository), request, cancellationToken).ConfigureAwait(false);
        var gitHub = EvidenceCollection.From(batches, EvidenceSource.GitHub);
        var ledger = LedgerEvidenceAdapter.Of(EvidenceCollection.From(batches, EvidenceSource.Ledger));
        var notices = new List<string>(options.Notices);
        var files = EvidenceCollection.From(batches, EvidenceSource.File)!.Evidence;
        var evidence = TrustedContext.Combine(context, options, files, gitHub?.Evidence ?? EvidenceSet.Empty, ledger, repository, notices);
        var subject = request.Subject with { Commit = options.Commit ?? evidence.Context.Commit };
        var evaluationOptions = new EvaluationOptions { RequireSignedForEnforce = options.RequireSigned, Explain = options.Explain };
        var decision = Evaluate(policies, subject, evidence, evaluationOptions);
        if (decision.NoPolicyApplied && options.RequirePolicy)
        {
            throw new WorkflowException(NoPolicyMessage(decision));
        }

        var receipt = LedgerCheck.Record(context, options, repository, decision, evidence, ledger);
        // A decision not recorded is a dry run: every format says which time it holds for.
        var report = new CheckReport(decision, receipt, options.Explain) { AsOf = receipt is null ? decision.Time : null, Notices = notices };
        var rendered = Reporters.For(options.Format).Render(report);
        ReportOutput.Write(context, rendered);
        if (options.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(context.Resolve(file), rendered, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (format, path) in options.ExtraReports)
        {
            await File.WriteAllTextAsync(context.Resolve(path), Reporters.For(format).Render(report with { Explain = false }), cancellationToken).ConfigureAwait(false);
        }

        if (gitHub is not null || string.Equals(context.Env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await Workflows.GitHub.GitHubPublisher.PublishAsync(context, options, report, Cli.GitHub.GitHubEvidence.RunOf(gitHub), cancellationToken).ConfigureAwait(false);
        }

        return decision.Verdict == Verdict.Allow || !options.FailOnDeny ? ExitCodes.Allow : ExitCodes.Deny;
    }

    /// <summary>Where a check's evidence comes from, in the order asked: files, GitHub (when asked for), the ledger.</summary>
    private static List<IEvidenceSource> Sources(HostContext context, CheckOptions options, string repository)
    {
        List<IEvidenceSource> sources = [new FileEvidenceSource(options.Evidence, path => InputFiles.Read(context, path, "evidence"))];
        // Guarded here, not inside: entering the GitHub source's set-up loads the GitHub library (ReadyToRun resolves its types).
        if (options.GitHub || options.PullRequest || options.ProtectionRule)
        {
            sources.Add(Cli.GitHub.GitHubEvidence.Source(context, options));
        }

        sources.Add(new LedgerEvidenceAdapter(context, options, repository));
        return sources;
    }

    private Decision Evaluate(IReadOnlyList<Policy> policies, Subject subject, EvidenceSet evidence, EvaluationOptions options)
    {
        var engine = ConditionEngines.CreateIfNeeded(policies);
        try
        {
            return new PolicyEvaluator(context.Time, engine, options).Evaluate(policies, subject, evidence);
        }
        finally
        {
            (engine as IDisposable)?.Dispose();
        }
    }

    private static string NoPolicyMessage(Decision decision)
    {
        var names = string.Join(", ", decision.Policies.Select(p => p.Name));
        return $"no policy applies to model {decision.Subject.Model} in environment {decision.Subject.Environment} (loaded: {names}); "
            + "check appliesTo, or pass --require-policy false to allow when nothing applies";
    }
}
