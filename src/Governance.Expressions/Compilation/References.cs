using Microsoft.CodeAnalysis;

namespace Governance.Expressions.Compilation;

/// <summary>The metadata references every compilation shares, created once per process. Besides what expressions may use,
/// it includes the assemblies of common dangerous APIs (process, network, console, threads) so that using them binds and
/// is rejected by the allow-list with a clear reason instead of a "type not found" error.</summary>
internal static class References
{
    private static readonly string[] Framework =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections", "System.Console",
        "System.Diagnostics.Process", "System.Net.Http", "System.Net.Primitives", "System.Private.Uri", "System.Threading",
        "System.Threading.Thread", "System.Runtime.InteropServices", "System.ComponentModel.Primitives",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Create);

    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    private static List<MetadataReference> Create()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new List<MetadataReference>();
        foreach (var name in Framework)
        {
            var path = Path.Combine(directory, name + ".dll");
            if (File.Exists(path))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(Core.Policies.Rule).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(References).Assembly.Location));
        return references;
    }
}
