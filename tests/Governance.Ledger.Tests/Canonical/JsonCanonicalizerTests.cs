using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Tests.Canonical;

public sealed class JsonCanonicalizerTests
{
    private static string Canon(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Canonicalize_Rfc8785Sample_MatchesReferenceOutput()
    {
        const string input = """{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}""";
        const string expected = """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""";
        Assert.Equal(expected, Canon(input));
    }

    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void Canonicalize_Rfc8785NumberVectors_FormatLikeEcmaScript(ulong bits, string expected)
    {
        var value = BitConverter.UInt64BitsToDouble(bits);
        Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(value))));
    }

    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("0.1", "0.1")]
    [InlineData("0.30000000000000004", "0.30000000000000004")]
    [InlineData("100", "100")]
    [InlineData("-12.5e1", "-125")]
    public void Canonicalize_NumberText_UsesEsFormatting(string input, string expected) =>
        Assert.Equal(expected, Canon(input));

    [Fact]
    public void Canonicalize_PropertyNames_SortedByUtf16CodeUnits()
    {
        const string input = """{"\u20ac":"Euro","\r":"CR","\ufb33":"Dalet","1":"One","\ud83d\ude00":"Emoji","\u0080":"Control","\u00f6":"o"}""";
        var output = Canon(input);
        var order = new[] { "CR", "One", "Control", "o", "Euro", "Emoji", "Dalet" }.Select(v => output.IndexOf('"' + v + '"', StringComparison.Ordinal)).ToArray();
        Assert.Equal(order.OrderBy(i => i), order);
        Assert.DoesNotContain(-1, order);
    }

    [Fact]
    public void Canonicalize_NestedObjectsAndWhitespace_SortedRecursivelyWithoutWhitespace() =>
        Assert.Equal("""{"a":[{"x":1,"y":2}],"b":{"c":true,"d":null}}""", Canon("""{ "b": {"d": null, "c": true}, "a": [ {"y":2, "x":1} ] }"""));

    [Fact]
    public void Canonicalize_DuplicateMember_Throws() =>
        Assert.Throws<FormatException>(() => Canon("""{"a":1,"a":2}"""));

    [Fact]
    public void Canonicalize_LoneSurrogate_Throws() =>
        Assert.Throws<FormatException>(() => Canon("\"\\ud800\""));

    [Fact]
    public void Canonicalize_ControlAndSpecialCharacters_MinimalLowercaseEscapes() =>
        Assert.Equal("\"<+/\\u001f\\b\\t\\\"é\"", Canon("\"<\\u002B/\\u001F\\b\\t\\\"\\u00e9\""));

    [Fact]
    public void Canonicalize_JsonNodeAndElementFromSameJson_ProduceSameBytes()
    {
        const string json = """{"z":[1,2.5,"s"],"a":{"k":false},"m":1e-9}""";
        var fromNode = JsonCanonicalizer.Canonicalize(JsonNode.Parse(json));
        var built = JsonCanonicalizer.Canonicalize(new JsonObject { ["m"] = 1e-9, ["z"] = new JsonArray(1, 2.5, "s"), ["a"] = new JsonObject { ["k"] = false } });
        Assert.Equal(Canon(json), Encoding.UTF8.GetString(fromNode));
        Assert.Equal(fromNode, built);
    }

    [Fact]
    public void IsCanonical_ReorderedOrSpacedJson_ReturnsFalse()
    {
        Assert.True(JsonCanonicalizer.IsCanonical("""{"a":1,"b":2}"""u8));
        Assert.False(JsonCanonicalizer.IsCanonical("""{"b":2,"a":1}"""u8));
        Assert.False(JsonCanonicalizer.IsCanonical("""{"a": 1,"b":2}"""u8));
        Assert.False(JsonCanonicalizer.IsCanonical("""{"a":1.0,"b":2}"""u8));
        Assert.False(JsonCanonicalizer.IsCanonical("not json"u8));
    }
}
