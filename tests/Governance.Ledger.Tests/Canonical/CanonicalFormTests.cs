using System.Text;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Tests.Canonical;

/// <summary>
/// The one-pass check must agree with "canonicalize and compare" on every input: canonical ones, near misses written by
/// a deliberately sloppy writer, and random byte damage.
/// </summary>
public sealed class CanonicalFormTests
{
    [Theory]
    [InlineData("""{"a":1,"b":[true,false,null],"c":{"d":"e"}}""", true)]
    [InlineData("""{}""", true)]
    [InlineData("""{"a" :1}""", false)]
    [InlineData("""{"a": 1}""", false)]
    [InlineData("""{"a":1} """, false)]
    [InlineData(""" {"a":1}""", false)]
    [InlineData("\uFEFF{\"a\":1}", false)]
    [InlineData("""{"a":1}{"b":2}""", false)]
    [InlineData("""{"b":1,"a":2}""", false)]
    [InlineData("""{"a":1,"a":2}""", false)]
    [InlineData("""{"a":1.0}""", false)]
    [InlineData("""{"a":-0}""", false)]
    [InlineData("""{"a":1E+30}""", false)]
    [InlineData("""{"a":1e+30}""", true)]
    [InlineData("""{"a":1e400}""", false)]
    [InlineData("""{"a":"\u001f"}""", true)]
    [InlineData("""{"a":"\u001F"}""", false)]
    [InlineData("""{"a":"\u000a"}""", false)]
    [InlineData("""{"a":"\n"}""", true)]
    [InlineData("""{"a":"\u0041"}""", false)]
    [InlineData("""{"a":"\/"}""", false)]
    [InlineData("""{"a":"\ud83d\ude00"}""", false)]
    [InlineData("""{"a":"😀"}""", true)]
    [InlineData("""{"\u0001":1,"a":2}""", true)]
    [InlineData("""{"😀":1,"":2}""", false)]
    [InlineData("""{"":2,"😀":1}""", true)]
    [InlineData("""{"😀":1}""", true)]
    [InlineData("""{"😀":1,"ｚ":2}""", true)]
    [InlineData("""{"ｚ":2,"😀":1}""", false)]
    [InlineData("""[1,2]""", false)]
    [InlineData("""{"a":[1,2,]}""", false)]
    [InlineData("", false)]
    public void IsCanonical_Examples_AgreeWithCanonicalizeAndCompare(string json, bool expected)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Equal(expected, Reference(bytes, requireObject: true));
        Assert.Equal(expected, CanonicalForm.IsCanonical(bytes, requireObject: true));
    }

    [Fact]
    public void IsCanonical_InvalidUtf8InString_IsNotCanonical()
    {
        byte[] bytes = [.. "{\"a\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        Assert.False(Reference(bytes, requireObject: true));
        Assert.False(CanonicalForm.IsCanonical(bytes, requireObject: true));
    }

    [Fact]
    public void IsCanonical_NestingBeyondTheLimit_IsNotCanonical()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 70)) + "1" + new string('}', 70));
        Assert.False(Reference(bytes, requireObject: true));
        Assert.False(CanonicalForm.IsCanonical(bytes, requireObject: true));
    }

    [Fact]
    public void IsCanonical_TopLevelScalars_DependOnRequireObject()
    {
        Assert.True(CanonicalForm.IsCanonical("\"x\""u8, requireObject: false));
        Assert.True(CanonicalForm.IsCanonical("1e+30"u8, requireObject: false));
        Assert.False(CanonicalForm.IsCanonical("\"x\""u8, requireObject: true));
    }

    [Fact]
    public void IsCanonical_SloppyWriterOutput_AgreesWithReferenceOnEveryCase()
    {
        var random = new Random(8785);
        var canonical = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var writer = new SloppyJsonWriter(random, sloppiness: i % 4 == 0 ? 0 : random.NextDouble() * 0.2);
            var bytes = Encoding.UTF8.GetBytes(writer.WriteObject(depth: 0));
            var expected = Reference(bytes, requireObject: true);
            canonical += expected ? 1 : 0;
            Assert.True(expected == CanonicalForm.IsCanonical(bytes, requireObject: true), $"disagreement on {Encoding.UTF8.GetString(bytes)}");
        }

        Assert.InRange(canonical, 4_000, 16_000);
    }

    [Fact]
    public void IsCanonical_RandomByteDamage_AgreesWithReferenceOnEveryCase()
    {
        var random = new Random(9162);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(new SloppyJsonWriter(random, 0).WriteObject(depth: 0)).ToList();
            var position = random.Next(bytes.Count);
            const string Damage = "{}[],:\" \\0123456789.eE+-tfnu\u00e9";
            var damage = (byte)Damage[random.Next(Damage.Length)];
            switch (random.Next(3))
            {
                case 0:
                    bytes.Insert(position, damage);
                    break;
                case 1:
                    bytes.RemoveAt(position);
                    break;
                default:
                    bytes[position] = damage;
                    break;
            }

            var array = bytes.ToArray();
            Assert.True(Reference(array, requireObject: true) == CanonicalForm.IsCanonical(array, requireObject: true), $"disagreement on {Encoding.UTF8.GetString(array)}");
        }
    }

    private static bool Reference(byte[] bytes, bool requireObject)
    {
        try
        {
            return (!requireObject || (bytes.Length > 0 && bytes[0] == '{')) && JsonCanonicalizer.Canonicalize(bytes).AsSpan().SequenceEqual(bytes);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
