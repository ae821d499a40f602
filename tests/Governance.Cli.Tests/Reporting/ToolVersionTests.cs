using System.Reflection;
using Governance.Cli.Hosting;
using Governance.Reporting.Decisions;

namespace Governance.Cli.Tests.Reporting;

public sealed class ToolVersionTests
{
    [Fact]
    public void Value_ReadInTheReportingLibrary_IsGovernsVersionWithoutBuildMetadata()
    {
        var govern = typeof(GovernHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        Assert.Equal("govern", typeof(GovernHost).Assembly.GetName().Name);
        Assert.Equal(govern, ToolVersion.Value);
        Assert.NotEqual("0.0.0", ToolVersion.Value);
    }
}
