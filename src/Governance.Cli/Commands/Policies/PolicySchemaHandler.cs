using Governance.Workflows.Hosting;
using Governance.Policies.Schema;

namespace Governance.Cli.Commands.Policies;

/// <summary><c>govern policy schema</c>: prints the policy (or evidence file) JSON Schema.</summary>
internal sealed class PolicySchemaHandler(HostContext context)
{
    /// <summary>Prints the schema.</summary>
    public Task<int> HandleAsync(bool evidence, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context.Output.WriteLine(evidence ? PolicySchemas.EvidenceSchemaJson : PolicySchemas.PolicySchemaJson);
        return Task.FromResult(ExitCodes.Allow);
    }
}
