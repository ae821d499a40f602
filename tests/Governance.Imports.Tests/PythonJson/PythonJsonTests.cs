using System.Text.Json;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.Tests.PythonJson;

public sealed class PythonJsonTests
{
    public static TheoryData<int> CaseNumbers() => new(Enumerable.Range(0, TrailFixtures.Lines("canonical-cases.jsonl").Length));

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void Canonicalize_CaseGeneratedByPython_MatchesJsonDumps(int number)
    {
        using var doc = JsonDocument.Parse(TrailFixtures.Lines("canonical-cases.jsonl")[number]);
        var input = doc.RootElement.GetProperty("input").GetString()!;

        Assert.Equal(doc.RootElement.GetProperty("ascii").GetString(), PyJson.Canonicalize(input));
        Assert.Equal(doc.RootElement.GetProperty("utf8").GetString(), PyJson.Canonicalize(input, ensureAscii: false));
    }

    [Fact]
    public void Canonicalize_AstralKeyAgainstBmpKey_SortsByCodePointNotUtf16()
    {
        // U+1F600 (surrogates D83D DE00) sorts after U+FFFF in Python, though D83D < FFFF as UTF-16.
        Assert.Equal("{\"\\uffff\":1,\"\\ud83d\\ude00\":2}", PyJson.Canonicalize("{\"😀\": 2, \"\uffff\": 1}"));
    }

    [Fact]
    public void Canonicalize_NonAsciiAndControlCharacters_EscapedLowercaseLikePython() =>
        Assert.Equal("\"caf\\u00e9 \\u00c5 \\n\\t\\u0001\\u007f \\\"/\\\\\"", PyJson.Canonicalize("\"café Å \\n\\t\\u0001\u007f \\\"\\/\\\\\""));

    [Fact]
    public void Canonicalize_LoneSurrogateEscape_KeptAsPythonKeepsIt() =>
        Assert.Equal("\"\\ud800x\"", PyJson.Canonicalize("\"\\uD800x\""));

    [Fact]
    public void Canonicalize_NestedObjects_SortedAtEveryLevel() =>
        Assert.Equal("{\"a\":{\"b\":[{\"c\":1,\"d\":2}],\"e\":{}},\"z\":[]}",
            PyJson.Canonicalize("{\"z\": [], \"a\": {\"e\": {}, \"b\": [{\"d\": 2, \"c\": 1}]}}"));

    [Theory]
    [InlineData("{\n  \"a\": tru\n}", 2, 8)]
    [InlineData("[1, 2,]", 1, 7)]
    [InlineData("{\"a\": 1,}", 1, 9)]
    [InlineData("01", 1, 2)]
    [InlineData("1.", 1, 2)]
    [InlineData("\"tab\there\"", 1, 5)]
    [InlineData("{\"a\": 1, \"a\": 2}", 1, 10)]
    [InlineData("\uFEFF{}", 1, 1)]
    [InlineData("", 1, 1)]
    [InlineData("nan", 1, 1)]
    public void Parse_InvalidForPython_ThrowsWithLineAndColumn(string text, int line, int column)
    {
        var error = Assert.Throws<PythonJsonException>(() => PyJson.Parse(text));

        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_IntegerOverPythonDigitLimit_Throws() =>
        Assert.Throws<PythonJsonException>(() => PyJson.Parse(new string('9', 4301)));

    [Fact]
    public void Parse_Numbers_KeepIntegerAndFloatKinds()
    {
        var value = PyJson.Parse("[1, 1.0, 1e2, -0.0]");

        Assert.Equal([PyJsonKind.Integer, PyJsonKind.Float, PyJsonKind.Float, PyJsonKind.Float], value.Items.Select(i => i.Kind));
        Assert.True(double.IsNegative(value.Items[3].Float));
    }
}
