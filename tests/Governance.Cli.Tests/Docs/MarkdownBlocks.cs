using System.Text.RegularExpressions;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.Docs;

/// <summary>Reads the fenced code blocks of the repository's Markdown documentation (README.md and docs/*.md).</summary>
internal static partial class MarkdownBlocks
{
    private static readonly Lazy<IReadOnlyList<DocBlock>> All = new(() => [.. Pages().SelectMany(Read)]);

    /// <summary>Every block of every documentation page, in page and line order.</summary>
    public static IReadOnlyList<DocBlock> Blocks => All.Value;

    /// <summary>README.md and docs/*.md, as paths relative to the repository root with forward slashes.</summary>
    public static IEnumerable<string> Pages() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(RepositoryRoot.Combine("docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .Order(StringComparer.Ordinal));

    /// <summary>The block opening at <c>file:line</c>.</summary>
    public static DocBlock Find(string id) =>
        Blocks.SingleOrDefault(b => b.Id == id) ?? throw new InvalidOperationException($"{id}: no code block opens here any more; rebuild the tests");

    /// <summary>Parses one page (CommonMark fences: ``` or ~~~, at most three spaces of indentation).</summary>
    public static IEnumerable<DocBlock> Read(string page)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine(page));
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var indent = open.Groups["indent"].Value.Length;
            var info = open.Groups["info"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = new List<string>();
            var start = i;
            for (i++; i < lines.Length; i++)
            {
                var close = Fence().Match(lines[i]);
                if (close.Success && close.Groups["fence"].Value.StartsWith(fence, StringComparison.Ordinal) && close.Groups["info"].Value.Trim().Length == 0)
                {
                    break;
                }

                body.Add(lines[i].Length >= indent && lines[i][..indent].Trim().Length == 0 ? lines[i][indent..] : lines[i].TrimStart());
            }

            yield return new DocBlock(page, start + 1, info.FirstOrDefault() ?? "", info.Skip(1).ToList(), string.Join('\n', body));
        }
    }

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();
}
