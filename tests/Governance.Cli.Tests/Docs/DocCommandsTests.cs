using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Governance.Cli.Tests.Docs;

/// <summary>
/// Every shell block of README.md and docs/*.md runs against the prelude's repository (docs/prelude.sh) and must end
/// with its expected exit status, unless it is fenced as <c>```sh illustration</c>. One case per block, named
/// <c>file:line</c>, so a docs change that breaks a command names the block (see CONTRIBUTING.md).
/// </summary>
public sealed partial class DocCommandsTests(DocSandbox sandbox, ITestOutputHelper output) : IClassFixture<DocSandbox>
{
    /// <summary>The ids (<c>file:line</c>) of the blocks that run.</summary>
    public static TheoryData<string> RunnableBlocks() => [.. MarkdownBlocks.Blocks.Where(b => b.IsShell && !b.IsIllustration).Select(b => b.Id)];

    [Theory]
    [MemberData(nameof(RunnableBlocks))]
    public void ShellBlock_RunAgainstThePreludeRepository_EndsWithItsExpectedExit(string block)
    {
        var doc = MarkdownBlocks.Find(block);

        var run = sandbox.Run(doc);

        output.WriteLine(run.Output);
        output.WriteLine(run.Error);
        Assert.True(
            run.Exit == doc.ExpectedExit,
            $"""
            {doc.Id}: the ```{doc.Language} block ended with exit {run.Exit}, expected {doc.ExpectedExit}.
            Fix the command, fence the block as ```{doc.Language} exit={run.Exit} if that exit is what it shows, or as ```{doc.Language} illustration if it cannot run here (CONTRIBUTING.md, "Docs that run").
            --- script
            {doc.Script}
            --- stderr (the failing line is named as file:line)
            {Tail(run.Error)}
            --- stdout
            {Tail(run.Output)}
            """);
    }

    [Fact]
    public void ShellBlocks_EveryOne_RunsOrIsMarkedIllustration()
    {
        var shell = MarkdownBlocks.Blocks.Where(b => b.IsShell).ToList();
        var problems = shell.SelectMany(b => b.UnknownAttributes.Select(a => $"{b.Id}: unknown fence attribute '{a}' (known: illustration, exit=N)"))
            .Concat(MarkdownBlocks.Blocks.Where(b => b.Language.Length == 0 && b.Body.Split('\n').Any(l => CommandLine().IsMatch(l)))
                .Select(b => $"{b.Id}: an untagged block shows a command; fence it as ```sh (it runs) or ```sh illustration, or ```text for output"))
            .Concat(shell.Where(b => !b.IsIllustration && b.Body.Contains('…', StringComparison.Ordinal))
                .Select(b => $"{b.Id}: a block that runs holds a placeholder '…'; use the prelude's variables ($DIGEST, $SEQ, $EXPIRES…)"))
            .ToList();

        var run = shell.Where(b => !b.IsIllustration).ToList();
        output.WriteLine($"{shell.Count} shell blocks: {run.Count} run ({run.Sum(b => b.Commands.Count)} commands), " +
            $"{shell.Count - run.Count} illustrations ({shell.Where(b => b.IsIllustration).Sum(b => b.Commands.Count)} commands)");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.NotEmpty(run);
    }

    [Fact]
    public void MarkdownBlocks_FenceAttributes_AreParsedFromTheInfoString()
    {
        var block = new DocBlock("docs/x.md", 7, "console", ["exit=1"], "$ govern audit verify \\\n  --verbose\nintact: 3 entries\n$ echo done");

        Assert.Equal(1, block.ExpectedExit);
        Assert.False(block.IsIllustration);
        Assert.Equal(["govern audit verify    --verbose", "echo done"], block.Commands);
        Assert.Equal(["ilustration"], new DocBlock("docs/x.md", 1, "sh", ["ilustration"], "").UnknownAttributes);
    }

    private static string Tail(string text) => text.Length <= 6000 ? text : "…" + text[^6000..];

    [GeneratedRegex(@"^\s*(\$ )?(govern|git|dotnet|\./build\.sh) ")]
    private static partial Regex CommandLine();
}
