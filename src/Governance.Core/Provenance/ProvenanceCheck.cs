using Governance.Core.Evaluation;
using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Waivers;

namespace Governance.Core.Provenance;

/// <summary>No transitive source may be flagged, and every input must be registered with a matching digest.</summary>
internal static class ProvenanceCheck
{
    public static CheckResult Check(Policy policy, Rule rule, ProvenanceRequirement req, EvaluationScope scope)
    {
        var trace = scope.Lineage;
        var details = new List<string>();
        if (trace.Stages.Count == 0)
        {
            return CheckResult.Fail(
                $"no training lineage recorded for {scope.Subject.Digest.Short}; its data provenance cannot be shown",
                details,
                $"record the training stages that produced {scope.Subject.Digest} (govern record training)");
        }

        foreach (var stage in scope.Explain ? trace.Stages : [])
        {
            details.Add($"stage {stage.Stage}: {Format.List(stage.Inputs)} -> {stage.Output.Short} ({stage.Origin.Reference})");
        }

        var problems = new List<string>();
        var evidence = new List<string>();
        var flagged = new List<string>();
        if (req.DenyFlaggedSources)
        {
            Flagged(policy, rule, scope, trace, problems, details, evidence, flagged);
        }

        if (req.RequireRegisteredDatasets)
        {
            Unregistered(rule, scope, trace, problems, details);
        }

        if (req.RequireLinkedBaseModels)
        {
            LinkedBaseModels(trace, problems, details, scope.Explain);
        }

        var ids = trace.DatasetIds.ToList();
        var summary = $"{ids.Count} source dataset(s) across {trace.Stages.Count} stage(s)";
        return problems.Count == 0
            ? CheckResult.Pass($"{summary}: {Format.List(ids)}; none flagged or unregistered", details, evidence)
            : CheckResult.Fail(
                string.Join("; ", problems),
                details,
                flagged.Count > 0
                    ? $"retrain without {Format.List(flagged)}, or have a waiver approver waive {Format.List(flagged.Select(f => "source:" + f))} for this digest"
                    : "register every source dataset (govern record dataset) with the digest the training used",
                evidence);
    }

    private static void Flagged(Policy policy, Rule rule, EvaluationScope scope, LineageTrace trace, List<string> problems, List<string> details, List<string> evidence, List<string> flagged)
    {
        foreach (var source in trace.Sources)
        {
            foreach (var flag in scope.ActiveFlags(source.Dataset))
            {
                // A flag only ever makes a decision stricter, so unsigned flags count too.
                var waiver = WaiverResolver.Find(policy, rule, "source:" + source.Dataset, scope, details);
                if (waiver is not null)
                {
                    details.Add($"source {source.Dataset} is flagged but waived by {waiver.Approver} until {Format.Time(waiver.Expires)}");
                    continue;
                }

                problems.Add($"source {source.Dataset} (stage {source.Stage}) is flagged: {flag.Reason}");
                flagged.Add(source.Dataset);
                evidence.Add(flag.Origin.Reference);
                break;
            }
        }
    }

    /// <summary>
    /// Every stage that produced a parent model must come from a linked trail (<c>linked:</c> references, pinned by a
    /// signed <c>trail.linked</c> entry); base-model lineage our own ledger merely asserts does not count.
    /// </summary>
    private static void LinkedBaseModels(LineageTrace trace, List<string> problems, List<string> details, bool explain)
    {
        foreach (var stage in trace.Stages.Where(s => s.Output != trace.Model))
        {
            if (!stage.Origin.Reference.StartsWith("linked:", StringComparison.Ordinal))
            {
                problems.Add($"base model {stage.Output.Short} (stage {stage.Stage}) has lineage only in this ledger ({stage.Origin.Reference}), not in a linked trail");
            }
            else if (explain)
            {
                details.Add($"base model {stage.Output.Short}: stage {stage.Stage} from {stage.Origin.Reference}");
            }
        }

        foreach (var unknown in trace.UnknownModels)
        {
            problems.Add($"base model {unknown.PinnedDigest?.Short ?? unknown.Dataset} (stage {unknown.Stage}) has no lineage in a linked trail");
        }
    }

    private static void Unregistered(Rule rule, EvaluationScope scope, LineageTrace trace, List<string> problems, List<string> details)
    {
        foreach (var source in trace.Sources)
        {
            DatasetRecord? registered = null;
            foreach (var dataset in scope.Evidence.Datasets)
            {
                if (dataset.Id == source.Dataset && scope.Unusable(dataset, rule) is null)
                {
                    registered = dataset;
                }
            }

            if (registered is null)
            {
                problems.Add($"source {source.Dataset} (stage {source.Stage}) is not registered");
            }
            else if (source.PinnedDigest is { } pinned && registered.Digest is { } actual && pinned != actual)
            {
                problems.Add($"source {source.Dataset} (stage {source.Stage}) was trained as {pinned.Short} but is registered as {actual.Short}");
            }
            else if (scope.Explain)
            {
                details.Add($"source {source.Dataset}: registered ({registered.Origin.Reference})");
            }
        }

        foreach (var unknown in trace.UnknownModels)
        {
            problems.Add($"parent model {unknown.PinnedDigest?.Short} (stage {unknown.Stage}) has no recorded lineage and is not registered");
        }
    }
}
