using System.Text.RegularExpressions;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Docs;

/// <summary>
/// GitHub's own workflow and action parser (npm <c>@actions/workflow-parser</c>, pinned in
/// <c>tools/workflow-parser/package-lock.json</c>, installed by <c>./build.sh</c> or here with <c>npm ci</c>),
/// and the workflows the repository shows: YAML blocks of the docs with top-level <c>on:</c> and <c>jobs:</c>,
/// <c>examples/workflows/*.yml</c> and <c>.github/workflows/*.yml</c>.
/// </summary>
internal static partial class WorkflowParser
{
    private static readonly string Tool = RepositoryRoot.Combine("tools", "workflow-parser");
    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>Workflows by id: <c>file:line</c> for a docs block, else the file's path.</summary>
    public static IReadOnlyDictionary<string, string> Workflows()
    {
        var workflows = MarkdownBlocks.Blocks
            .Where(b => b.Language is "yaml" or "yml" && OnKey().IsMatch(b.Body) && JobsKey().IsMatch(b.Body))
            .ToDictionary(b => b.Id, b => b.Body + "\n", StringComparer.Ordinal);
        foreach (var folder in new[] { "examples/workflows", ".github/workflows" })
        {
            var full = RepositoryRoot.Combine(folder);
            foreach (var file in Directory.Exists(full) ? Directory.GetFiles(full).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)) : [])
            {
                workflows[folder + "/" + Path.GetFileName(file)] = File.ReadAllText(file);
            }
        }

        return workflows;
    }

    /// <summary>Parses <paramref name="content"/> as a <c>workflow</c> or an <c>action</c>; exit 0 and no errors when valid.</summary>
    public static ProcessResult Parse(string kind, string name, string content)
    {
        var script = Installed.Value;
        using var folder = new TempDirectory();
        var file = folder.Write(Regex.Replace(name, "[^A-Za-z0-9_.-]", "_") + ".yml", content);
        return ProcessRunner.Run("node", [script, kind, file], timeout: TimeSpan.FromMinutes(2));
    }

    private static string Install()
    {
        var node = ProcessRunner.Run("node", ["--version"]);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException("node is required for the workflow parser tests (apt-get install nodejs npm)");
        }

        if (!Directory.Exists(Path.Combine(Tool, "node_modules", "@actions", "workflow-parser")))
        {
            ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], Tool, timeout: TimeSpan.FromMinutes(5)).EnsureSuccess("npm ci in tools/workflow-parser");
        }

        return Path.Combine(Tool, "parse.mjs");
    }

    [GeneratedRegex(@"^(on|""on""):", RegexOptions.Multiline)]
    private static partial Regex OnKey();

    [GeneratedRegex("^jobs:", RegexOptions.Multiline)]
    private static partial Regex JobsKey();
}
