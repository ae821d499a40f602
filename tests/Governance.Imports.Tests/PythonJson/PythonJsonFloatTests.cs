using System.Globalization;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.Tests.PythonJson;

public sealed class PythonJsonFloatTests
{
    [Theory]
    [InlineData(2e-05, "2e-05")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-07, "1e-07")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345680.0, "1.2345678901234568e+17")]
    [InlineData(1.0, "1.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.874, "0.874")]
    [InlineData(12.346, "12.346")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e100, "1e+100")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FormatFloat_KnownValue_MatchesPythonRepr(double value, string expected) =>
        Assert.Equal(expected, PyJson.FormatFloat(value));

    [Fact]
    public void FormatFloat_TableGeneratedByPython_MatchesEveryRow()
    {
        var rows = File.ReadAllLines(TrailFixtures.PathOf("python-floats.tsv")).Where(l => !l.StartsWith('#')).ToList();
        Assert.True(rows.Count > 2000);
        var mismatches = new List<string>();
        foreach (var row in rows)
        {
            var parts = row.Split('\t');
            var value = BitConverter.Int64BitsToDouble(long.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var actual = PyJson.FormatFloat(value);
            if (actual != parts[1])
            {
                mismatches.Add($"{parts[0]}: python {parts[1]}, ours {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Canonicalize_IntegerAndFloatTokens_KeepTheirPythonType() =>
        Assert.Equal("[10000000000000000,1e+16,1.0,1,0,100000000000000000000,Infinity]",
            PyJson.Canonicalize("[10000000000000000, 1e16, 1.0, 1, -0, 100000000000000000000, 1e400]"));

    [Fact]
    public void Canonicalize_BareNanAndInfinityTokens_RoundTrip() =>
        Assert.Equal("{\"a\":NaN,\"b\":Infinity,\"c\":-Infinity}", PyJson.Canonicalize("{\"c\": -Infinity, \"b\": Infinity, \"a\": NaN}"));
}
