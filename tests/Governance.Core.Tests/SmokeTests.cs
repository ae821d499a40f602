namespace Governance.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Build_Skeleton_Compiles() => Assert.Equal(4, 2 + 2);
}
