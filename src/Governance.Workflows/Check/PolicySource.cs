using Governance.Workflows;
using Governance.Workflows.Hosting;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using Governance.Policies.Loading;

namespace Governance.Workflows.Check;

/// <summary>Loads policies from the working tree, or from a trusted git ref so a change cannot weaken the policy gating it.</summary>
internal static class PolicySource
{
    /// <summary>Loads every policy at <paramref name="paths"/>; from <paramref name="trustedRef"/> when given.</summary>
    public static IReadOnlyList<Policy> Load(HostContext context, IReadOnlyList<string> paths, string? trustedRef, string repository)
    {
        IReadOnlyList<Policy> policies = trustedRef is null
            ? [.. paths.SelectMany(p => InputFiles.PolicyFiles(context, p))
                .Select(file => Require(PolicyLoader.Parse(file, InputFiles.Read(context, file, "policy"))))]
            : FromRef(context, paths, trustedRef, repository);
        var problems = PolicyLoader.CheckSet(policies);
        return problems.Any(d => d.IsError) ? throw new DiagnosticsException(problems) : policies;
    }

    private static List<Policy> FromRef(HostContext context, IReadOnlyList<string> paths, string trustedRef, string repository)
    {
        var top = GitCli.RunText(repository, "rev-parse", "--show-toplevel");
        var policies = new List<Policy>();
        foreach (var path in paths)
        {
            var relative = TreePath(top, context.Resolve(path), path);
            foreach (var file in FilesAt(repository, trustedRef, relative))
            {
                var content = GitCli.Run(repository, TimeSpan.FromSeconds(60), "show", $"{trustedRef}:{file}");
                policies.Add(Require(PolicyLoader.Parse(file, content)));
            }
        }

        return policies.Count > 0 ? policies : throw new WorkflowException($"no policy files at {string.Join(", ", paths)} on {trustedRef}");
    }

    /// <summary>
    /// The path of <paramref name="full"/> inside the repository as git names tree entries: forward slashes, no
    /// <c>./</c>, no trailing or doubled slash, empty for the top (<c>policies/</c>, <c>./policies</c> and
    /// <c>policies</c> all give <c>policies</c>).
    /// </summary>
    internal static string TreePath(string top, string full, string given)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(top), Path.GetFullPath(full)).Replace('\\', '/');
        var parts = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToList();
        return parts.Count > 0 && parts[0] == ".."
            ? throw new WorkflowException($"{given}: outside the repository {top}; policies are read from the trusted ref by their path in the repository")
            : string.Join('/', parts);
    }

    private static string Join(string directory, string name) => directory.Length == 0 ? name : $"{directory}/{name}";

    private static IEnumerable<string> FilesAt(string repository, string trustedRef, string relative)
    {
        string type;
        try
        {
            type = GitCli.RunText(repository, "cat-file", "-t", $"{trustedRef}:{relative}");
        }
        catch (WorkflowException)
        {
            throw new WorkflowException($"{(relative.Length == 0 ? "." : relative)}: not found on the trusted ref {trustedRef}");
        }

        if (type != "tree")
        {
            return [relative];
        }

        var listing = GitCli.RunText(repository, "ls-tree", "--name-only", $"{trustedRef}:{relative}");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal) || n.EndsWith(".yml", StringComparison.Ordinal) || n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Join(relative, n));
    }

    internal static T Require<T>(LoadResult<T> result)
    {
        if (result.Succeeded)
        {
            return result.Value!;
        }

        throw new DiagnosticsException(result.Diagnostics);
    }
}
