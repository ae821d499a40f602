using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Diagnostics;
using Governance.Policies.Loading;
using Governance.Policies.Schema;
using Governance.Policies.Yaml;

namespace Governance.Policies.Lint;

/// <summary>
/// <c>govern policy lint</c>: loads each policy, validates it against <c>policy.schema.json</c> with NJsonSchema, and
/// runs semantic checks (duplicate rule ids, unsatisfiable approvals, empty selectors, <c>min &gt; max</c>, …).
/// </summary>
public static class PolicyLinter
{
    /// <summary>Every diagnostic for the given files and directories, per file in line order; empty when clean.</summary>
    public static IReadOnlyList<Diagnostic> Lint(IEnumerable<string> paths)
    {
        var diagnostics = new List<Diagnostic>();
        var policies = new List<Policy>();
        var files = PolicyLoader.ExpandPaths(paths, diagnostics);
        foreach (var file in files)
        {
            var fileDiagnostics = new List<Diagnostic>();
            if (LintFile(file, fileDiagnostics) is { } policy)
            {
                policies.Add(policy);
            }

            diagnostics.AddRange(fileDiagnostics
                .Distinct()
                .OrderBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0));
        }

        PolicySetChecks.DuplicateNames(policies, diagnostics);
        if (files.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new(null, "no policy files given"));
        }

        return diagnostics;
    }

    private static Policy? LintFile(string file, List<Diagnostic> diagnostics)
    {
        var bytes = TextDecoder.ReadFile(file, diagnostics);
        var root = bytes is null ? null : YamlDocumentReader.Parse(file, bytes, diagnostics);
        if (root is null)
        {
            return null;
        }

        var policy = PolicyBuilder.Build(file, root, Digest.Of(bytes), diagnostics);

        // The schema is a second opinion: report what it finds on lines the typed loader left clean.
        var reported = diagnostics.Where(d => d.IsError).Select(d => d.Location?.Line ?? 0).ToHashSet();
        diagnostics.AddRange(SchemaValidator.ValidatePolicy(root, file).Where(d => !reported.Contains(d.Location?.Line ?? 0)));
        if (policy is not null)
        {
            SemanticChecks.Check(policy, root, diagnostics);
        }

        return policy;
    }
}
