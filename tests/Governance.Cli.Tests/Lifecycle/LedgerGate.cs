using System.Text;
using Governance.Cli.Ledger;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Subjects;
using Governance.Policies.Loading;

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
        var time = new Clock(repo.Now);
        var evidence = LedgerEvidence.Read(target, TrustLoader.Load(target), time).Evidence;
        var policy = PolicyLoader.Parse("policy.yaml", Encoding.UTF8.GetBytes(policyYaml));
        Xunit.Assert.True(policy.Succeeded, string.Join("; ", policy.Errors));
        return new PolicyEvaluator(time, options: new EvaluationOptions { Explain = true }).Evaluate([policy.Value!], new Subject("support-bot", Digest.Parse(digest), "production"), evidence);
    }

    public static RuleResult Rule(this Decision decision, string id) => decision.Rules.Single(r => r.Id == id);

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
