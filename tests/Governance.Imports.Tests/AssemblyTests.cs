namespace Governance.Imports.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void Assembly_Loaded_NamedGovernanceImports()
    {
        var assembly = typeof(ImportedEntry).Assembly;
        Assert.Equal("Governance.Imports", assembly.GetName().Name);
    }
}
