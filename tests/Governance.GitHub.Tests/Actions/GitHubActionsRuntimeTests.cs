using System.Text;
using Governance.GitHub.Actions;

namespace Governance.GitHub.Tests.Actions;

public sealed class GitHubActionsRuntimeTests
{
    [Fact]
    public void SetOutput_MultiLineValue_WritesHeredocTheRunnerCanParse()
    {
        using var h = new ActionsHarness();

        h.Runtime.SetOutput("decision", "deny");
        h.Runtime.SetOutput("summary", "line 1\nline=2\n%0A <<EOF");

        var outputs = ParseOutputFile(File.ReadAllText(h.OutputPath));
        Assert.Equal("deny", outputs["decision"]);
        Assert.Equal("line 1\nline=2\n%0A <<EOF", outputs["summary"]);
    }

    [Fact]
    public void SetOutput_DefaultDelimiter_IsRandomPerOutput()
    {
        using var h = new ActionsHarness();

        h.Runtime.SetOutput("a", "1");
        h.Runtime.SetOutput("b", "2");

        var headers = File.ReadAllLines(h.OutputPath).Where(l => l.Contains("<<", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(headers, l => Assert.Matches("^[ab]<<ghadelimiter_[0-9a-f-]{36}$", l));
        Assert.NotEqual(headers[0][3..], headers[1][3..]);
    }

    [Fact]
    public void SetOutput_ValueContainsDelimiter_ChoosesAnotherDelimiter()
    {
        var delimiters = new Queue<string>(["EOF", "ghadelimiter_2"]);
        using var h = new ActionsHarness(delimiters: delimiters.Dequeue);

        h.Runtime.SetOutput("body", "text\nEOF\nmore");

        var eol = System.Environment.NewLine;
        Assert.Equal($"body<<ghadelimiter_2{eol}text\nEOF\nmore{eol}ghadelimiter_2{eol}", File.ReadAllText(h.OutputPath));
    }

    [Fact]
    public void SetOutput_DelimiterAlwaysInValue_Throws()
    {
        using var h = new ActionsHarness(delimiters: () => "EOF");

        Assert.Throws<InvalidOperationException>(() => h.Runtime.SetOutput("body", "EOF"));
    }

    [Fact]
    public void SetOutput_Always_WritesUtf8WithoutBom()
    {
        using var h = new ActionsHarness();

        h.Runtime.SetOutput("model", "modèle");

        var bytes = File.ReadAllBytes(h.OutputPath);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        Assert.Contains("modèle", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void SetOutput_NameWithNewline_Throws()
    {
        using var h = new ActionsHarness();

        Assert.Throws<ArgumentException>(() => h.Runtime.SetOutput("a\nb", "x"));
    }

    [Fact]
    public void Error_WithAnnotation_EscapesPropertiesAndMessage()
    {
        using var h = new ActionsHarness();

        h.Runtime.Error("100% bad\r\nnext", new AnnotationProperties("policies/prod.yaml", 12, 5, Title: "rule: a,b"));

        Assert.Equal(["::error title=rule%3A a%2Cb,file=policies/prod.yaml,line=12,col=5::100%25 bad%0D%0Anext"], h.StdoutLines);
    }

    [Fact]
    public void WarningNoticeDebug_NoAnnotation_WriteBareCommands()
    {
        using var h = new ActionsHarness();

        h.Runtime.Warning("w: 1,2");
        h.Runtime.Notice("n");
        h.Runtime.Debug("d");

        Assert.Equal(["::warning::w: 1,2", "::notice::n", "::debug::d"], h.StdoutLines);
    }

    [Fact]
    public void AddMask_MultiLineSecret_MasksWholeAndEachLine()
    {
        using var h = new ActionsHarness();

        h.Runtime.AddMask("ghs_abc");
        h.Runtime.AddMask("-----BEGIN KEY-----\nMIIB\n-----END KEY-----");
        h.Runtime.AddMask("  ");

        Assert.Equal(
            ["::add-mask::ghs_abc", "::add-mask::-----BEGIN KEY-----%0AMIIB%0A-----END KEY-----",
             "::add-mask::-----BEGIN KEY-----", "::add-mask::MIIB", "::add-mask::-----END KEY-----"],
            h.StdoutLines);
    }

    [Fact]
    public void Group_Disposed_WritesGroupAndEndGroupOnce()
    {
        using var h = new ActionsHarness();

        var group = h.Runtime.Group("Evaluate policies");
        h.Runtime.Notice("inside");
        group.Dispose();
        group.Dispose();

        Assert.Equal(["::group::Evaluate policies", "::notice::inside", "::endgroup::"], h.StdoutLines);
    }

    [Fact]
    public void AppendSummary_TwoCalls_AppendsMarkdown()
    {
        using var h = new ActionsHarness();

        h.Runtime.AppendSummary("## Governance\n");
        h.Runtime.AppendSummary("| rule | outcome |\n|---|---|\n| a | pass |");

        Assert.Equal("## Governance\n| rule | outcome |\n|---|---|\n| a | pass |\n", File.ReadAllText(h.SummaryPath));
    }

    [Fact]
    public void AppendSummary_OverOneMebibyte_TruncatesWithNote()
    {
        using var h = new ActionsHarness();

        h.Runtime.AppendSummary(new string('x', GitHubActionsRuntime.MaxSummaryBytes + 10));

        var text = File.ReadAllText(h.SummaryPath);
        Assert.True(new FileInfo(h.SummaryPath).Length <= GitHubActionsRuntime.MaxSummaryBytes);
        Assert.EndsWith("*Summary truncated: GitHub shows at most 1 MiB per step.*\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCommand_OutsideActions_WritesNothing()
    {
        using var h = new ActionsHarness(inActions: false);

        h.Runtime.SetOutput("decision", "allow");
        h.Runtime.AppendSummary("# hi");
        h.Runtime.Error("e", new AnnotationProperties("f", 1));
        h.Runtime.Warning("w");
        h.Runtime.Notice("n");
        h.Runtime.Debug("d");
        h.Runtime.AddMask("secret");
        h.Runtime.Group("g").Dispose();

        Assert.False(h.Runtime.IsEnabled);
        Assert.Equal(string.Empty, h.Stdout.ToString());
        Assert.False(File.Exists(h.OutputPath));
        Assert.False(File.Exists(h.SummaryPath));
    }

    /// <summary>Parses an environment file the way the runner does (single-line and heredoc forms).</summary>
    private static Dictionary<string, string> ParseOutputFile(string content)
    {
        var result = new Dictionary<string, string>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                var value = new List<string>();
                while (lines[++i] != delimiter)
                {
                    value.Add(lines[i]);
                }

                result[name] = string.Join('\n', value);
            }
            else
            {
                result[line[..equals]] = line[(equals + 1)..];
            }
        }

        return result;
    }
}
