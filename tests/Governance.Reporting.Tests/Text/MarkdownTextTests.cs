using Governance.Reporting.Text;

namespace Governance.Reporting.Tests.Text;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("a < b", "`a < b`")]
    [InlineData("x`y", "``x`y``")]
    [InlineData("`x``", "``` `x`` ```")]
    [InlineData("line\nbreak", "`line break`")]
    public void Code_AnyText_FencesLongerThanItsBackticksWithoutEntities(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Code(text));

    [Fact]
    public void Code_InTable_EscapesPipe() => Assert.Equal("`a\\|b`", MarkdownText.Code("a|b", inTable: true));

    [Theory]
    [InlineData("<img src=x>", "&lt;img src=x&gt;")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https&#58;//evil.example)")]
    [InlineData("### heading", "\\### heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. item", "1\\. item")]
    [InlineData("a\n### b", "a ### b")]
    [InlineData("see www.evil.example", "see www&#46;evil.example")]
    [InlineData("mail me@evil.example", "mail me&#64;evil.example")]
    [InlineData("*bold* _it_ ~s~ | x", "\\*bold\\* \\_it\\_ \\~s\\~ \\| x")]
    [InlineData("ratio 0.91: fine", "ratio 0.91: fine")]
    public void Inline_HostileText_RendersLiterally(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Inline(text));

    [Fact]
    public void Message_CodeSpanWithLessThan_KeepsTheCodeSpanWithoutEntities() =>
        Assert.Equal("`Evaluations.Latest(\"latency\") < 800` is true &lt;ok&gt;",
            MarkdownText.Message("`Evaluations.Latest(\"latency\") < 800` is true <ok>"));

    [Fact]
    public void Message_UnclosedBacktick_IsEscapedText() => Assert.Equal("a \\`b", MarkdownText.Message("a `b"));

    [Fact]
    public void Html_CommentBreakout_IsEncoded() => Assert.Equal("m--&gt; &lt;b&gt;", MarkdownText.Html("m--> <b>"));
}
