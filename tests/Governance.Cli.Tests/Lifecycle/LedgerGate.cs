using Governance.Workflows.Recording;
using System.Text;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Subjects;
using Governance.Ledger.Index;
using Governance.Ledger.Writing;
using Governance.Policies.Loading;
using Governance.Testing.Time;

namespace Governance.Cli.Tests.Lifecycle;

/// <summary>
/// Evaluates a policy against the evidence the CLI reads from a repository's verified ledger
/// (<see cref="LedgerEvidence.Read"/>), as <c>govern check --repo</c> does once ledger evidence is wired in.
/// </summary>
internal static class LedgerGate
{
    public static Decision Evaluate(GovernedRepo repo, string policyYaml, string digest)
    {
        var target = new LedgerTarget(repo.Path, null, null, null);
        var time = new FixedClock(repo.Now);
        var trust = PrincipalsFile.LoadTrust(target);
        var evidence = LedgerEvidence.Read(target, trust, time).Evidence;
        var policy = PolicyLoader.Parse("policy.yaml", Encoding.UTF8.GetBytes(policyYaml));
        Xunit.Assert.True(policy.Succeeded, string.Join("; ", policy.Errors));
        var subject = new Subject("support-bot", Digest.Parse(digest), "production");
        var evaluator = new PolicyEvaluator(time, options: new EvaluationOptions { Explain = true });
        var decision = evaluator.Evaluate([policy.Value!], subject, evidence);

        // check's fast path (the subject index) must reach exactly the decision the whole ledger gives.
        var indexed = LedgerEvidence.ReadFor(target, trust, time, SubjectKeys.Seeds(subject.Model, digest, null)).Evidence;
        Xunit.Assert.Equal(Render(decision), Render(evaluator.Evaluate([policy.Value!], subject, indexed)));
        return decision;
    }

    private static string Render(Decision decision) => decision.Verdict + "\n" + string.Join("\n", decision.Rules.Select(r =>
        $"{r.Id} {r.Outcome}: {r.Message} | {string.Join("; ", r.Details)}"));

    public static RuleResult Rule(this Decision decision, string id) => decision.Rules.Single(r => r.Id == id);
}
