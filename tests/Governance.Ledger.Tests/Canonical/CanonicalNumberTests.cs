using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Tests.Canonical;

/// <summary>
/// Numbers are written (and checked) from .NET's shortest round-trip text when it has no exponent, else by
/// <see cref="EcmaNumber"/>: on random doubles of every magnitude both must give ECMAScript's text.
/// </summary>
public sealed class CanonicalNumberTests
{
    [Fact]
    public void Canonicalize_RandomDoubles_WritesEcmaScriptText()
    {
        var random = new Random(262);
        for (var i = 0; i < 100_000; i++)
        {
            var value = (i % 3) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64()),
                1 => Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-9, 24)), random.Next(0, 12)),
                _ => random.Next(-1_000_000, 1_000_000) / Math.Pow(10, random.Next(0, 12)),
            };
            if (!double.IsFinite(value))
            {
                continue;
            }

            var expected = EcmaNumber.Format(value);
            var written = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(value)));
            Assert.True(expected == written, $"{value:R}: ECMAScript {expected}, written {written}");
            Assert.True(CanonicalForm.IsCanonical(Encoding.UTF8.GetBytes(expected), requireObject: false), expected);
        }
    }
}
