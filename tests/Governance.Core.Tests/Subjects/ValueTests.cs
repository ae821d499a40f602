using FsCheck;
using FsCheck.Fluent;
using Governance.Core.Durations;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Core.Tests.Subjects;

public sealed class ValueTests
{
    [Theory]
    [InlineData("sha256:ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789", true)]
    [InlineData("sha256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", true)]
    [InlineData("SHA256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", false)]
    [InlineData("sha256:abcdef", false)]
    [InlineData("sha512:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", false)]
    [InlineData("sha256:zzcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", false)]
    [InlineData(null, false)]
    public void Digest_TryParse_AcceptsOnlySha256Hex(string? text, bool valid)
    {
        Assert.Equal(valid, Digest.TryParse(text, out var digest));
        if (valid)
        {
            Assert.Equal(text!.ToLowerInvariant(), digest.Value);
        }
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("12h", 720)]
    [InlineData("14d", 20160)]
    [InlineData("2w", 20160)]
    public void DurationText_TryParse_ParsesUnits(string text, int minutes)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("1y")]
    [InlineData("d")]
    [InlineData("1.5h")]
    [InlineData("99999999999d")]
    public void DurationText_TryParse_RejectsOthers(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Fact]
    public void DurationText_FormatThenParse_RoundTrips()
    {
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), minutes =>
        {
            var duration = TimeSpan.FromMinutes(minutes);
            return DurationText.TryParse(DurationText.Format(duration), out var parsed) && parsed == duration;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("support-bot*", "support-bot-v3", true)]
    [InlineData("support-bot*", "search-bot", false)]
    [InlineData("*-bot-v?", "support-bot-v3", true)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "aXbYc", true)]
    [InlineData("a*b*c", "aXbY", false)]
    public void Glob_IsMatch_MatchesStarAndQuestionMark(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(pattern, text));

    [Fact]
    public void Glob_LiteralPattern_MatchesOnlyItself()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), ArbMap.Default.ArbFor<NonEmptyString>(), (a, b) =>
        {
            var p = a.Get.Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal);
            return Glob.IsMatch(p, b.Get) == (p == b.Get);
        }).QuickCheckThrowOnFailure();
    }
}
