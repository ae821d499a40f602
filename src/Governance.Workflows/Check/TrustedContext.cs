using Governance.Workflows;
using Governance.Workflows.Recording;
using Governance.Workflows.Hosting;
using System.Text;
using Governance.Core.Evidence;
using Governance.Ledger.Trust;

namespace Governance.Workflows.Check;

/// <summary>
/// Puts a check's evidence together so that the change being gated cannot steer it (DESIGN §4): explicit options
/// first, then GitHub, then the ledger; an unsigned evidence file only fills context they leave open and never sets
/// the time of a recorded decision. Identities come from the trusted principals.yaml.
/// </summary>
internal static class TrustedContext
{
    /// <summary>Combines the sources; <paramref name="notices"/> receives what every output format should say.</summary>
    public static EvidenceSet Combine(HostContext context, CheckOptions options, EvidenceSet files, EvidenceSet gitHub, LedgerEvidence ledger, string repository, List<string> notices)
    {
        // A gate (recording, or judging a GitHub change) decides now; only a local dry run may be evaluated "as of".
        var gate = !options.NoRecord || options.GitHub || options.PullRequest || options.ProtectionRule;
        if (gate && files.Context.Time is { } fileTime)
        {
            var note = $"the evidence file's context.time ({Core.Evaluation.Format.Time(fileTime)}) is ignored: an unsigned file never sets the time of a recorded or gating decision (use --no-record without --github for an 'as of' dry run)";
            context.Error.WriteLine($"govern: note: {note}");
            notices.Add(note);
            files = files with { Context = files.Context with { Time = null } };
        }

        var explicitContext = new EvidenceSet { Context = new DecisionContext(options.Commit, options.Author, options.Deployer) };
        var evidence = explicitContext.Merge(gitHub).Merge(ledger.Evidence).Merge(files);
        var identities = Identities(options, repository, ledger);
        if (!identities.IsEmpty)
        {
            foreach (var reviewer in evidence.Approvals.Where(a => a.Origin.Source == EvidenceSource.GitHub && identities.PrincipalOf(a.Approver) is null)
                .Select(a => a.Approver).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                notices.Add($"GitHub reviewer {reviewer} maps to no principal in principals.yaml: counted as a GitHub login, only where a rule accepts GitHub reviews (not requireSigned)");
            }
        }

        return evidence with { Identities = identities };
    }

    /// <summary>The identities of the trusted principals.yaml: the ledger's trust, an explicit file, or the trusted ref's.</summary>
    public static IdentityMap Identities(CheckOptions options, string repository, LedgerEvidence ledger)
    {
        if (ledger.Trust is { } trust)
        {
            return trust.Principals.Identities();
        }

        if (options.Principals is { } file)
        {
            return File.Exists(file) ? PrincipalsFile.Parse(File.ReadAllText(file), file).Identities() : throw new WorkflowException($"{file}: principals file not found");
        }

        if (options.TrustRef is not { } trustRef)
        {
            return IdentityMap.Empty;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(GitCli.Run(repository, TimeSpan.FromSeconds(30), "show", $"{trustRef}:{TrustLoader.PrincipalsPath}"));
        }
        catch (WorkflowException)
        {
            return IdentityMap.Empty;
        }

        return PrincipalsFile.Parse(text, $"{trustRef}:{TrustLoader.PrincipalsPath}").Identities();
    }
}
