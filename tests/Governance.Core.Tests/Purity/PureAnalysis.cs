using System.Collections.Immutable;
using System.Reflection;
using Governance.Testing.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Governance.Core.Tests.Purity;

/// <summary>Compiles a snippet against the runtime's assemblies and runs the BannedApiAnalyzers package's analyzers with src/BannedSymbols.txt.</summary>
internal static class PureAnalysis
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadAnalyzers);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>The shared list of banned APIs.</summary>
    public static string BannedSymbolsPath => RepositoryRoot.Combine("src", "BannedSymbols.txt");

    /// <summary>Every analyzer diagnostic for <paramref name="source"/>; fails when the snippet itself does not compile.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Pure",
            [CSharpSyntaxTree.ParseText(source)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var options = new AnalyzerOptions([new FileText(BannedSymbolsPath)]);
        return await compilation.WithAnalyzers(Analyzers.Value, options).GetAnalyzerDiagnosticsAsync();
    }

    // The package's C# analyzers, copied beside the tests by the project file (BannedApiAnalyzers/*.dll).
    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "BannedApiAnalyzers");
        var analyzers = Directory.EnumerateFiles(folder, "*.dll")
            .Select(Assembly.LoadFrom)
            .SelectMany(LoadableTypes)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute && attribute.Languages.Contains(LanguageNames.CSharp))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        Assert.NotEmpty(analyzers);
        return analyzers;
    }

    // The package's code fixes need Roslyn's Workspaces, which these tests do not load; the analyzers do not.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
