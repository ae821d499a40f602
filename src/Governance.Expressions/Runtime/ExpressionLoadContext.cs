using System.Reflection;
using System.Runtime.Loader;

namespace Governance.Expressions.Runtime;

/// <summary>A collectible load context for one compiled policy set. References to Governance assemblies resolve to
/// the instances this engine runs with, so the generated class derives from the very <see cref="ExpressionGlobals"/> it uses.</summary>
internal sealed class ExpressionLoadContext : AssemblyLoadContext
{
    private static readonly Assembly[] Shared = [typeof(ExpressionGlobals).Assembly, typeof(Core.Policies.Rule).Assembly];

    public ExpressionLoadContext(string name) : base(name, isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        foreach (var assembly in Shared)
        {
            if (AssemblyName.ReferenceMatchesDefinition(assembly.GetName(), assemblyName))
            {
                return assembly;
            }
        }

        return null;
    }
}
