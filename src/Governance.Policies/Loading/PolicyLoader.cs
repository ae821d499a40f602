using Governance.Core.Policies;
using Governance.Core.Subjects;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;

namespace Governance.Policies.Loading;

/// <summary>
/// Loads <c>DeploymentPolicy</c> files (YAML or JSON) into <see cref="Policy"/> values. Validation is typed and by hand
/// (equivalent to <c>policy.schema.json</c>, without loading a JSON Schema library) so <c>govern check</c> starts fast.
/// </summary>
public static class PolicyLoader
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>
    /// Loads files and directories (a directory contributes its <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> files, not
    /// subdirectories, sorted by name). At least one policy is required; the value is null when any error was found.
    /// </summary>
    public static LoadResult<IReadOnlyList<Policy>> Load(IEnumerable<string> paths)
    {
        var diagnostics = new List<Diagnostic>();
        var policies = new List<Policy>();
        foreach (var file in ExpandPaths(paths, diagnostics))
        {
            var bytes = TextDecoder.ReadFile(file, diagnostics);
            if (bytes is not null && Parse(file, bytes) is var result)
            {
                diagnostics.AddRange(result.Diagnostics);
                if (result.Value is { } policy)
                {
                    policies.Add(policy);
                }
            }
        }

        PolicySetChecks.DuplicateNames(policies, diagnostics);
        if (policies.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(new(null, "no policy files given"));
        }

        var failed = diagnostics.Any(d => d.IsError);
        return new LoadResult<IReadOnlyList<Policy>>(failed ? null : policies, diagnostics);
    }

    /// <summary>
    /// Checks across a set of policies parsed one by one (duplicate policy names): every command that evaluates a set
    /// must reject what <c>policy lint</c> rejects, or a waiver for one name would cover two policies.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckSet(IReadOnlyList<Policy> policies)
    {
        var diagnostics = new List<Diagnostic>();
        PolicySetChecks.DuplicateNames(policies, diagnostics);
        return diagnostics;
    }

    /// <summary>
    /// Parses one policy from its bytes (read from disk or from <c>git show &lt;trusted-ref&gt;:&lt;path&gt;</c>).
    /// <see cref="Policy.Digest"/> is the SHA-256 of <paramref name="content"/>; <see cref="Policy.Path"/> is <paramref name="path"/>.
    /// </summary>
    public static LoadResult<Policy> Parse(string path, byte[] content)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlDocumentReader.Parse(path, content, diagnostics);
        var policy = root is null ? null : PolicyBuilder.Build(path, root, Digest.Of(content), diagnostics);
        return new LoadResult<Policy>(policy, diagnostics);
    }

    /// <summary>Expands directories into their policy files; reports missing paths and empty directories.</summary>
    internal static List<string> ExpandPaths(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            var found = Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (found.Count == 0)
            {
                diagnostics.Add(new(new SourceLocation(path, 0, 0), "directory holds no policy files (*.yaml, *.yml, *.json)"));
            }

            foreach (var file in found)
            {
                if (InputFileCheck.LinkOutside(path, file) is { } refused)
                {
                    diagnostics.Add(new(new SourceLocation(file, 0, 0), refused));
                }
                else
                {
                    files.Add(file);
                }
            }
        }

        return files;
    }
}
