namespace Governance.Events.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void Assembly_Loaded_NamedGovernanceEvents()
    {
        var assembly = typeof(Governance.Events.AssemblyMarker).Assembly;
        Assert.Equal("Governance.Events", assembly.GetName().Name);
    }
}
