using Governance.Cli.Infrastructure;
using Governance.Cli.Reporting;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Evidence;

namespace Governance.Cli.Check;

/// <summary>Runs a check: load trusted policies, collect evidence, evaluate, record, report.</summary>
public static class CheckHandler
{
    /// <summary>Runs the check and returns the exit code.</summary>
    public static int Run(CliContext context, CheckOptions options)
    {
        var digest = OptionValues.Digest("--digest", options.Digest);
        OptionValues.Name("--model", options.Model);
        OptionValues.Name("--environment", options.Environment);

        var repository = context.Resolve(options.Repository ?? ".");
        var policies = PolicySource.Load(context, options.Policies, options.PolicyRef, repository);
        LedgerCheck.EnsureCanRecord(options);
        var files = CollectFileEvidence(context, options);
        // Guarded here, not inside: entering those methods loads the GitHub library (ReadyToRun resolves their types).
        GitHub.GitHubRun? gitHub = null;
        var fromGitHub = EvidenceSet.Empty;
        if (options.GitHub || options.PullRequest || options.ProtectionRule)
        {
            fromGitHub = GitHub.GitHubEvidence.Collect(context, options, policies, out gitHub);
        }

        var ledger = LedgerCheck.Read(context, options, repository, options.Commit ?? fromGitHub.Context.Commit ?? files.Context.Commit);
        var notices = new List<string>(options.Notices);
        var evidence = TrustedContext.Combine(context, options, files, fromGitHub, ledger, repository, notices);
        var subject = new Subject(options.Model, digest, options.Environment, options.Commit ?? evidence.Context.Commit);
        var evaluationOptions = new EvaluationOptions { RequireSignedForEnforce = options.RequireSigned, Explain = options.Explain };
        var decision = Evaluate(context, policies, subject, evidence, evaluationOptions);
        if (decision.NoPolicyApplied && options.RequirePolicy)
        {
            throw new CliException(NoPolicyMessage(decision));
        }

        var receipt = LedgerCheck.Record(context, options, repository, decision, evidence, ledger);
        // A decision not recorded is a dry run: every format says which time it holds for.
        var report = new CheckReport(decision, receipt, options.Explain) { AsOf = receipt is null ? decision.Time : null, Notices = notices };
        var rendered = Reporters.For(options.Format).Render(report);
        ReportOutput.Write(context, rendered);
        if (options.OutputFile is { } file)
        {
            File.WriteAllText(context.Resolve(file), rendered);
        }

        foreach (var (format, path) in options.ExtraReports)
        {
            File.WriteAllText(context.Resolve(path), Reporters.For(format).Render(report with { Explain = false }));
        }

        if (gitHub is not null || string.Equals(context.Env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            GitHub.GitHubPublisher.Publish(context, options, report, gitHub);
        }

        return decision.Verdict == Verdict.Allow || !options.FailOnDeny ? ExitCodes.Allow : ExitCodes.Deny;
    }

    private static EvidenceSet CollectFileEvidence(CliContext context, CheckOptions options)
    {
        var evidence = EvidenceSet.Empty;
        foreach (var path in options.Evidence)
        {
            evidence = evidence.Merge(PolicySource.Require(EvidenceLoader.Parse(path, InputFiles.Read(context, path, "evidence"))));
        }

        return evidence;
    }

    private static Decision Evaluate(CliContext context, IReadOnlyList<Policy> policies, Subject subject, EvidenceSet evidence, EvaluationOptions options)
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
