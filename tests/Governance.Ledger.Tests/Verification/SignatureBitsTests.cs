using Governance.Ledger.Verification;

namespace Governance.Ledger.Tests.Verification;

public sealed class SignatureBitsTests
{
    [Fact]
    public void Set_PositionsAcrossGrowth_OnlyThoseContained()
    {
        var bits = new SignatureBits();
        long[] set = [0, 63, 64, 4095, 4096, 1_000_000, 1_000_001];
        foreach (var p in set)
        {
            bits.Set(p);
        }

        bits.Set(64);
        Assert.Equal(set.Length, bits.Count);
        Assert.All(set, p => Assert.True(bits.Contains(p)));
        Assert.All((long[])[1, 62, 65, 4094, 999_999, 1_000_002, 50_000_000, -1], p => Assert.False(bits.Contains(p)));
    }
}
