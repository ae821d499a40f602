using Governance.Workflows.Check;
using Governance.Workflows.Hosting;

namespace Governance.Cli.Commands.Policies;

/// <summary><c>govern policy build</c>: compiles the policies' C# conditions into the cache so checks skip the compiler.</summary>
internal sealed class PolicyBuildHandler(HostContext context)
{
    /// <summary>Loads the policies and compiles their conditions.</summary>
    public Task<int> HandleAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var policies = PolicySource.Load(context, paths, null, context.WorkingDirectory);
        cancellationToken.ThrowIfCancellationRequested();
        var path = ConditionEngines.Build(policies);
        context.Output.WriteLine(path.Length == 0 ? "no C# conditions to compile" : $"compiled C# conditions cached at {path}");
        return Task.FromResult(ExitCodes.Allow);
    }
}
