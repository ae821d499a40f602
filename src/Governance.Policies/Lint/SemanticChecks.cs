using System.Globalization;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;

namespace Governance.Policies.Lint;

/// <summary>Checks a schema-valid policy for rules that cannot work as written, each at the offending node.</summary>
internal static class SemanticChecks
{
    /// <summary>Adds a diagnostic for every semantic problem of <paramref name="policy"/> (built from <paramref name="root"/>).</summary>
    public static void Check(Policy policy, YamlNode root, List<Diagnostic> diagnostics)
    {
        var doc = new NodeFinder(root);
        AppliesTo(doc, diagnostics);
        Waivers(policy.Waivers, doc, diagnostics);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            var node = doc.At("spec", "rules", i);
            switch (rule.Requirement)
            {
                case ApprovalRequirement approvals:
                    Approvals(approvals, NodeFinder.At(node, "approvals"), diagnostics);
                    break;
                case EvaluationRequirement evaluation:
                    Evaluation(evaluation, NodeFinder.At(node, "evaluation"), diagnostics);
                    break;
                case ProvenanceRequirement { DenyFlaggedSources: false, RequireRegisteredDatasets: false, RequireLinkedBaseModels: false }:
                    diagnostics.Add(new(NodeFinder.At(node, "provenance")!.Location,
                        "provenance rule enables neither 'denyFlaggedSources' nor 'requireRegisteredDatasets', so it always passes",
                        DiagnosticSeverity.Warning));
                    break;
            }
        }
    }

    private static void AppliesTo(NodeFinder doc, List<Diagnostic> diagnostics)
    {
        foreach (var key in new[] { "environments", "models" })
        {
            if (doc.At("spec", "appliesTo", key) is YamlSequence { Items.Count: 0 } empty)
            {
                diagnostics.Add(new(empty.Location, $"'{key}' is empty, so the policy matches nothing (omit it to match any)"));
            }
        }
    }

    private static void Waivers(WaiverPolicy? waivers, NodeFinder doc, List<Diagnostic> diagnostics)
    {
        if (waivers is { Approvers.Teams.Count: 0, Approvers.Users.Count: 0 })
        {
            diagnostics.Add(new(doc.At("spec", "waivers", "approvers")!.Location, "'approvers' names nobody, so no waiver can ever be granted"));
        }
    }

    private static void Approvals(ApprovalRequirement approvals, YamlNode? node, List<Diagnostic> diagnostics)
    {
        var from = approvals.From;
        if (from.Teams.Count == 0 && from.Users.Count == 0)
        {
            diagnostics.Add(new(NodeFinder.At(node, "from")!.Location, "'from' names nobody: list at least one team or user"));
            return;
        }

        var users = from.Users.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (from.Teams.Count == 0 && approvals.Min > users)
        {
            diagnostics.Add(new(NodeFinder.At(node, "min")!.Location,
                $"'min' is {approvals.Min} but only {users} user{(users == 1 ? " is" : "s are")} listed and no team, so the rule can never pass"));
        }
    }

    private static void Evaluation(EvaluationRequirement evaluation, YamlNode? node, List<Diagnostic> diagnostics)
    {
        if (evaluation is { Min: { } min, Max: { } max } && min > max)
        {
            diagnostics.Add(new(NodeFinder.At(node, "min")!.Location,
                $"'min' {Show(min)} is greater than 'max' {Show(max)}, so no value can pass"));
        }

        if (evaluation.NoRegressionFrom is null && NodeFinder.At(node, "tolerance") is { } tolerance)
        {
            diagnostics.Add(new(tolerance.Location, "'tolerance' has no effect without 'noRegressionFrom'", DiagnosticSeverity.Warning));
        }
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
