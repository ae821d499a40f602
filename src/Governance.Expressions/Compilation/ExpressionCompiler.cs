using System.Runtime.CompilerServices;
using Governance.Expressions.Explain;
using Governance.Expressions.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Expressions.Compilation;

/// <summary>Compiles all expressions of a policy set as one <see cref="CSharpCompilation"/>: parse each alone (an expression
/// and nothing else), apply the grammar rules, generate one class, bind, check every bound symbol against the allow-list,
/// then emit. The only class that touches Roslyn on the way to an engine; it is reached on a cache miss only.</summary>
internal static class ExpressionCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        checkOverflow: true,
        nullableContextOptions: NullableContextOptions.Disable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        deterministic: true,
        concurrentBuild: true);

    /// <summary>Checks (and when <paramref name="emit"/> is true, emits) the set's expressions.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static CompileResult Compile(ExpressionSet set, string assemblyName, bool emit)
    {
        var problems = new List<(int Index, int Offset, string Reason)>();
        var texts = new string?[set.Texts.Count];
        var explains = new string[set.Texts.Count];
        for (var i = 0; i < set.Texts.Count; i++)
        {
            var before = problems.Count;
            Parse(set.Texts[i], i, problems, out var parsed);
            texts[i] = problems.Count == before ? set.Texts[i] : null;
            explains[i] = parsed is null || texts[i] is null ? "" : ExplainGenerator.Body(parsed, "__r");
        }

        for (var attempt = 0; ; attempt++)
        {
            var source = GeneratedSource.Build(texts, explains);
            var compilation = Create(source, assemblyName);

            // Emit (which binds every method once) runs beside the allow-list walk; its image is only used when the
            // walk found nothing, and asking for diagnostics first would bind every method twice.
            var emitting = emit && problems.Count == 0 ? Task.Run(() => EmitImage(compilation)) : null;
            Check(compilation, source, problems);
            var failedExplains = new HashSet<int>();
            byte[]? image = null;
            if (emitting is not null)
            {
                var (bytes, diagnostics) = emitting.GetAwaiter().GetResult();
                Collect(diagnostics, source, problems, failedExplains);
                image = bytes;
            }

            if (problems.Count > 0 || !emit)
            {
                Collect(compilation.GetDiagnostics(), source, problems, failedExplains);
            }

            if (emit && attempt == 0 && failedExplains.Count > 0 && problems.Count == 0)
            {
                // An explanation that does not compile must never block a valid expression: drop it and compile again.
                foreach (var index in failedExplains)
                {
                    explains[index] = "";
                }

                continue;
            }

            return problems.Count > 0 ? new CompileResult(null, Locate(set, problems)) : new CompileResult(image, []);
        }
    }

    private static void Parse(string text, int index, List<(int, int, string)> problems, out ExpressionSyntax? parsed)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add((index, 0, "the expression is empty"));
            return;
        }

        if (ExpressionShape.Check(text) is var (at, limit))
        {
            problems.Add((index, at, limit));
            return;
        }

        parsed = SyntaxFactory.ParseExpression(text, options: ParseOptions);
        foreach (var diagnostic in parsed.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add((index, diagnostic.Location.SourceSpan.Start, $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (SyntaxFactory.ParseTokens(text, options: ParseOptions).Any(t => t.LeadingTrivia.Concat(t.TrailingTrivia).Any(v => v.IsDirective)))
        {
            problems.Add((index, 0, "preprocessor directives are not allowed in policy expressions"));
        }

        foreach (var (offset, reason) in SyntaxRules.Check(parsed))
        {
            problems.Add((index, offset, reason));
        }
    }

    private static CSharpCompilation Create(GeneratedSource source, string assemblyName) =>
        CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source.Text, ParseOptions)], References.Get(), Options);

    private static (byte[]? Image, IReadOnlyList<Diagnostic> Diagnostics) EmitImage(CSharpCompilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        return (emitted.Success ? stream.ToArray() : null, emitted.Diagnostics);
    }

    /// <summary>Checks the generated shape and every expression's bound symbols against the allow-list.</summary>
    private static void Check(CSharpCompilation compilation, GeneratedSource source, List<(int, int, string)> problems)
    {
        var tree = compilation.SyntaxTrees[0];
        var bodies = Bodies(tree, source);
        if (bodies is null)
        {
            problems.Add((0, 0, "an expression escaped its method: it must be a single C# expression"));
            return;
        }

        var model = compilation.GetSemanticModel(tree);
        for (var i = 0; i < bodies.Count; i++)
        {
            foreach (var (position, reason) in SemanticRules.Check(bodies[i], model))
            {
                problems.Add((i, position - source.Expressions[i].Start, reason));
            }
        }
    }

    /// <summary>The bound body of each expression, or null when the generated class is not shaped as generated.</summary>
    private static List<ExpressionSyntax>? Bodies(SyntaxTree tree, GeneratedSource source)
    {
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().SingleOrDefault();
        if (type is null || type.Members.Count != GeneratedSource.MemberCount(source.Expressions.Count))
        {
            return null;
        }

        var bodies = new List<ExpressionSyntax>(source.Expressions.Count);
        var methods = type.Members.OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.ValueText, StringComparer.Ordinal);
        for (var i = 0; i < source.Expressions.Count; i++)
        {
            if (!methods.TryGetValue("B" + i, out var method)
                || method.ExpressionBody?.Expression is not ParenthesizedExpressionSyntax { Expression: var body }
                || !source.Expressions[i].Contains(body.Span))
            {
                return null;
            }

            bodies.Add(body);
        }

        return bodies;
    }

    private static void Collect(IEnumerable<Diagnostic> diagnostics, GeneratedSource source, List<(int, int, string)> problems, HashSet<int> failedExplains)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var position = diagnostic.Location.SourceSpan.Start;
            var message = $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            var index = source.ExpressionAt(position);
            if (index >= 0)
            {
                problems.Add((index, position - source.Expressions[index].Start, message));
            }
            else if (source.ExplainAt(position) is var explain and >= 0)
            {
                failedExplains.Add(explain);
            }
            else
            {
                problems.Add((0, 0, $"internal error in generated code: {message}"));
            }
        }
    }

    private static List<ExpressionDiagnostic> Locate(ExpressionSet set, List<(int Index, int Offset, string Reason)> problems)
    {
        var located = new List<ExpressionDiagnostic>();
        foreach (var (index, offset, reason) in problems.Distinct())
        {
            var text = set.Texts[index];
            foreach (var occurrence in set.Occurrences.Where(o => o.Text == text))
            {
                located.Add(new ExpressionDiagnostic(occurrence.At(offset), $"{reason} (policy {occurrence.Policy}, rule {occurrence.RuleId}, {(occurrence.IsWhen ? "when" : "expression")})"));
            }
        }

        return [.. located.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
    }
}
