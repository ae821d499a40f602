using System.Text.RegularExpressions;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Docs;

/// <summary>README.md and docs/*.md point only at files that are in the repository.</summary>
public sealed partial class DocLinksTests
{
    [Fact]
    public void RelativeLinks_InReadmeAndDocs_ResolveToRepositoryFiles()
    {
        var broken = MarkdownBlocks.Pages()
            .SelectMany(page => Prose(page).SelectMany(line => Link().Matches(line.Text)
                .Select(m => m.Groups["target"].Value)
                .Where(t => !Regex.IsMatch(t, "^([a-z]+:|#)"))
                .Where(t => !Exists(page, t.Split('#')[0]))
                .Select(t => $"{page}:{line.Number}: link to '{t}', which is not in the repository")))
            .ToList();

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void PathsInCodeSpans_InReadmeAndDocs_NameRepositoryFiles()
    {
        var missing = MarkdownBlocks.Pages()
            .SelectMany(page => Prose(page).SelectMany(line => CodeSpan().Matches(line.Text)
                .Select(m => m.Groups["path"].Value)
                .Where(p => !p.Contains('<', StringComparison.Ordinal) && !p.Contains('*', StringComparison.Ordinal) && !IsUsersRepositoryPath(p) && !Exists(page, p))
                .Select(p => $"{page}:{line.Number}: `{p}` is not a file or folder of the repository")))
            .ToList();

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    /// <summary>Paths in the user's repository, which the docs describe (<c>.governance/principals.yaml</c>), and git refs.</summary>
    private static bool IsUsersRepositoryPath(string path) =>
        path.StartsWith(".governance/", StringComparison.Ordinal) || path.StartsWith("refs/", StringComparison.Ordinal);

    private static bool Exists(string page, string target)
    {
        if (target.Length == 0)
        {
            return true;
        }

        var fromPage = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, Path.GetDirectoryName(page)!, target));
        var fromRoot = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, target));
        return fromPage.StartsWith(RepositoryRoot.Path, StringComparison.Ordinal) && (File.Exists(fromPage) || Directory.Exists(fromPage))
            || File.Exists(fromRoot) || Directory.Exists(fromRoot);
    }

    private static IEnumerable<(int Number, string Text)> Prose(string page)
    {
        var inFence = false;
        var number = 0;
        foreach (var line in File.ReadLines(RepositoryRoot.Combine(page)))
        {
            number++;
            if (Regex.IsMatch(line, "^ {0,3}(```|~~~)"))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                yield return (number, line);
            }
        }
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    /// <summary>A code span holding a relative path with a folder in it, e.g. `docs/lifecycle.md` or `policies/`.</summary>
    [GeneratedRegex(@"`(?<path>(\.{1,2}/)?[A-Za-z0-9_.-]+/([A-Za-z0-9_.<>*-]+/)*([A-Za-z0-9_.<>*-]+\.(md|cs|json|ya?ml|sh|txt|props|csproj|py))?)`")]
    private static partial Regex CodeSpan();
}
