using System.Text;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Tests.Entries;

/// <summary>
/// Each hand-written matcher against the ECMA-262 regex it replaces (<see cref="KnownPatterns"/>), on crafted near
/// misses and on random edits of matching text: trailing newlines, non-ASCII digits, uppercase hex, every length.
/// </summary>
public sealed class PatternMatchersTests
{
    public static TheoryData<string> Patterns() => [.. SchemaSamples.PatternSamples.Keys];

    private const string Alphabet = "0123456789abcdefABCDEFsha256:-+.TtZz \n\r\u0663\uFF13\u00e9\u0660\u2212x";

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Matches_CraftedText_AgreesWithTheRegex(string pattern)
    {
        var hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        string[] crafted =
        [
            "", "\n", "sha256:", "sha256:" + hex, "sha256:" + hex + "\n", "sha256:" + hex.ToUpperInvariant(), "sha256:" + hex[..63],
            "sha256:" + hex + "0", "SHA256:" + hex, "sha256:" + hex[..63] + "\u0663", hex[..40], hex[..40] + "\n", hex, hex[..63], hex[..41],
            hex + "0", hex[..40].ToUpperInvariant(), "2026-11-22T09:00:00Z", "2026-11-22T09:00:00.1Z", "2026-11-22T09:00:00.123456789Z",
            "2026-11-22T09:00:00.1234567890Z", "2026-11-22T09:00:00.Z", "2026-11-22T09:00:00.123Z\n", "2026-11-22T09:00:00.123z",
            "2026-11-22t09:00:00.123Z", "2026-11-22T09:00:00+01:00", "2026-11-22T09:00:00.5-23:59", "2026-11-22T09:00:00+0100",
            "2026-11-22T09:00:00+01:00\n", "2026-11-22T09:00:00.+01:00", "2026-11-22T09:00:00Z+01:00", "2026-11-22T09:00:00",
            "2026-11-22 09:00:00Z", "\u0662026-11-22T09:00:00Z", "2026-11-22T09:00:00\u00b101:00", "２０２６-11-22T09:00:00Z",
            "2026-11-22T09:00:00.\u0663Z", "20261-11-22T09:00:00Z", "2026-1-22T09:00:00Z", "2026-11-22T09:00:00.123+01:00Z",
        ];
        foreach (var text in crafted)
        {
            AssertAgrees(pattern, text);
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Matches_RandomEditsOfMatchingText_AgreeWithTheRegex(string pattern)
    {
        var random = new Random(pattern.Length);
        var matched = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder(SchemaSamples.PatternSamples[pattern]);
            for (var edits = random.Next(3); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                var c = Alphabet[random.Next(Alphabet.Length)];
                _ = random.Next(4) switch
                {
                    0 => text.Insert(at, c),
                    1 => text.Remove(at, 1),
                    2 => text.Append(c),
                    _ => text.Remove(at, 1).Insert(at, c),
                };
            }

            matched += AssertAgrees(pattern, text.ToString()) ? 1 : 0;
        }

        Assert.InRange(matched, 1_000, 19_000);
    }

    [Fact]
    public void Kind_EveryKnownPattern_HasAMatcher() =>
        Assert.All(SchemaSamples.PatternSamples.Keys, p => Assert.NotEqual(KnownPattern.None, KnownPatterns.Kind(p)));

    private static bool AssertAgrees(string pattern, string text)
    {
        var expected = KnownPatterns.Find(pattern)!.IsMatch(text);
        Assert.True(expected == PatternMatchers.Matches(KnownPatterns.Kind(pattern), Encoding.UTF8.GetBytes(text)), $"{pattern} on \"{text}\": the regex says {expected}");
        return expected;
    }
}
