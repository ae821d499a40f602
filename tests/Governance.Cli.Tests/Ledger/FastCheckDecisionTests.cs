using Governance.Workflows.Check;
using Governance.Workflows.Recording;
using System.Text.RegularExpressions;
using Governance.Core.Decisions;
using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Ledger.Index;
using Governance.Ledger.Writing;
using Governance.Policies.Loading;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.Time;

namespace Governance.Cli.Tests.Ledger;

/// <summary>
/// check's fast path (<see cref="LedgerEvidence.ReadFor"/>, the signed subject index) must reach exactly the decision
/// the whole verified ledger (<see cref="LedgerEvidence.Read"/>) gives, under trust v2's signed-only rules.
/// </summary>
public sealed class FastCheckDecisionTests
{
    private const string Model = "sha256:57ce0748b6a0db0034d3898e69fcbb61e0fb18977f977470f12d6329daf00940";

    [Fact]
    public void ReadFor_LargeIndexedLedger_DecidesExactlyAsTheFullRead()
    {
        using var repo = FastCheckTests.Large();

        var (full, fast) = Decide(repo);

        Assert.StartsWith("Allow\n", full, StringComparison.Ordinal);
        Assert.Equal(full, fast);
    }

    [Fact]
    public void ReadFor_ModelCardRetractedByItsSigner_DeniesExactlyAsTheFullRead()
    {
        using var repo = FastCheckTests.Large();
        // The signed model card sits under the 200 later noise entries; its retraction goes to the index's global key.
        var card = repo.Repo.GitOut("show", "refs/governance/ledger~200:entry.json");
        Assert.Contains("\"type\":\"attestation.added", card, StringComparison.Ordinal);
        var seq = Regex.Match(card, "\"seq\":([0-9]+)").Groups[1].Value;
        var retracted = repo.Govern("record", "retract", "--seq", seq, "--reason", "wrong card", "--key", "keys/release.pem", "--recorder-key", "keys/recorder.pem");
        Assert.True(retracted.Exit == 0, retracted.Error);

        var (full, fast) = Decide(repo);

        Assert.StartsWith("Deny\n", full, StringComparison.Ordinal);
        Assert.Contains("model-card Fail", full, StringComparison.Ordinal);
        Assert.Equal(full, fast);
    }

    private static (string Full, string Fast) Decide(LedgerRepo repo)
    {
        var target = new LedgerTarget(repo.Path, null, null, null);
        var time = new FixedClock(Some.Now);
        var trust = PrincipalsFile.LoadTrust(target);
        var loaded = PolicyLoader.Parse("production-llm.yaml", File.ReadAllBytes(RepositoryRoot.Combine("policies", "production-llm.yaml")));
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        var subject = new Subject("support-bot-v3", Digest.Parse(Model), "production");
        var engine = ConditionEngines.CreateIfNeeded([loaded.Value!]);
        try
        {
            var evaluator = new PolicyEvaluator(time, engine, new EvaluationOptions { Explain = true });
            string Render(EvidenceSet evidence)
            {
                var decision = evaluator.Evaluate([loaded.Value!], subject, evidence);
                // The full read also lists, as ignored, the 400 noise evaluations of other models the index never reads.
                var details = (RuleResult r) => r.Details.Where(d => !d.Contains("evaluates sha256:000000000000", StringComparison.Ordinal));
                return decision.Verdict + "\n" + string.Join("\n", decision.Rules.Select(r => $"{r.Id} {r.Outcome}: {r.Message} | {string.Join("; ", details(r))}"));
            }

            var full = Render(LedgerEvidence.Read(target, trust, time).Evidence);
            var fast = Render(LedgerEvidence.ReadFor(target, trust, time, SubjectKeys.Seeds(subject.Model, Model, null)).Evidence);
            return (full, fast);
        }
        finally
        {
            (engine as IDisposable)?.Dispose();
        }
    }
}
