using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Evidence;
using Governance.Workflows.GitHub;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Check;

/// <summary>
/// Runs a check (DESIGN §4): load trusted policies, ask each evidence source, combine by trust, evaluate, record.
/// Rendering, report files, GitHub publishing and the exit code are the host's.
/// </summary>
/// <param name="context">The host: working directory, environment, clock, and standard error for notes and warnings.</param>
public sealed class CheckWorkflow(HostContext context)
{
    /// <summary>Runs the check; bad input, an unverifiable ledger or a failed GitHub call throw <see cref="WorkflowException"/> (exit 2).</summary>
    /// <param name="options">What to check and how.</param>
    /// <param name="cancellationToken">Cancels git and GitHub calls.</param>
    public async Task<CheckResult> RunAsync(CheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var digest = OptionValues.Digest("--digest", options.Digest);
        OptionValues.Name("--model", options.Model);
        OptionValues.Name("--environment", options.Environment);

        var repository = context.Resolve(options.Repository ?? ".");
        var policies = PolicySource.Load(context, options.Policies, options.PolicyRef, repository);
        LedgerCheck.EnsureCanRecord(options);
        var request = new EvidenceRequest(new Subject(options.Model, digest, options.Environment, options.Commit), policies);
        var batches = await EvidenceCollection.CollectAsync(Sources(options, repository), request, cancellationToken).ConfigureAwait(false);
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
        return new CheckResult(decision, receipt, notices) { GitHub = gitHub };
    }

    /// <summary>Where a check's evidence comes from, in the order asked: files, GitHub (when asked for), the ledger.</summary>
    private List<IEvidenceSource> Sources(CheckOptions options, string repository)
    {
        List<IEvidenceSource> sources = [new FileEvidenceSource(options.Evidence, path => InputFiles.Read(context, path, "evidence"))];
        // Guarded here, not inside: entering the GitHub source's set-up loads the GitHub library (ReadyToRun resolves its types).
        if (options.GitHub || options.PullRequest || options.ProtectionRule)
        {
            sources.Add(GitHubEvidence.Source(context, options));
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
