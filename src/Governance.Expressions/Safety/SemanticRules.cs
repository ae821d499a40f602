using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Expressions.Safety;

/// <summary>Checks every symbol and type the semantic model binds inside one expression against the <see cref="AllowList"/>,
/// and that lambdas only appear as arguments of LINQ methods.</summary>
internal static class SemanticRules
{
    private const string Enumerable = "System.Linq.Enumerable";

    /// <summary>Each violation as (absolute position in the generated source, reason).</summary>
    public static IEnumerable<(int Position, string Reason)> Check(ExpressionSyntax root, SemanticModel model)
    {
        // One report per category (file system, reflection, …), at its outermost node: an inner, more specific reason
        // (System.IO.File under Array.Length) is still reported, a repeat of the same category is not.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodesAndSelf())
        {
            foreach (var reason in Reasons(node, model))
            {
                var colon = reason.LastIndexOf(": ", StringComparison.Ordinal);
                if (seen.Add(colon < 0 ? reason : reason[(colon + 2)..]))
                {
                    yield return (node.SpanStart, reason);
                }
            }
        }
    }

    private static IEnumerable<string> Reasons(SyntaxNode node, SemanticModel model)
    {
        if (node is LambdaExpressionSyntax lambda)
        {
            if (!IsLinqArgument(lambda, model))
            {
                yield return "lambdas are only allowed as arguments of LINQ (System.Linq.Enumerable) methods";
            }

            yield break;
        }

        foreach (var symbol in QuerySymbols(node, model))
        {
            if (Symbol(symbol) is { } reason)
            {
                yield return reason;
            }
        }

        if (node is not ExpressionSyntax)
        {
            yield break;
        }

        if (model.GetSymbolInfo(node).Symbol is { } bound && Symbol(bound) is { } symbolReason)
        {
            yield return symbolReason;
        }

        var type = model.GetTypeInfo(node);
        if ((AllowList.Type(type.Type) ?? AllowList.Type(type.ConvertedType)) is { } typeReason)
        {
            yield return typeReason;
        }

        if (model.GetConversion(node).MethodSymbol is { } conversion && Symbol(conversion) is { } conversionReason)
        {
            yield return conversionReason;
        }
    }

    private static IEnumerable<ISymbol> QuerySymbols(SyntaxNode node, SemanticModel model)
    {
        var symbols = node switch
        {
            QueryClauseSyntax clause => [model.GetQueryClauseInfo(clause).CastInfo.Symbol, model.GetQueryClauseInfo(clause).OperationInfo.Symbol],
            SelectOrGroupClauseSyntax select => [model.GetSymbolInfo(select).Symbol],
            OrderingSyntax ordering => [model.GetSymbolInfo(ordering).Symbol],
            _ => Array.Empty<ISymbol?>(),
        };
        return symbols.OfType<ISymbol>();
    }

    private static string? Symbol(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => AllowList.Type(local.Type),
        IParameterSymbol parameter => AllowList.Type(parameter.Type),
        IRangeVariableSymbol or IDiscardSymbol or INamespaceSymbol => null,
        ITypeSymbol type => AllowList.Type(type),
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => null,
        IMethodSymbol method => AllowList.Member(method.ReducedFrom ?? method)
            ?? LazyFold.Check(method)
            ?? method.TypeArguments.Select(AllowList.Type).FirstOrDefault(r => r is not null)
            ?? (method.ReturnsVoid ? null : AllowList.Type(method.ReturnType)),
        IPropertySymbol property => AllowList.Member(property) ?? AllowList.Type(property.Type),
        IFieldSymbol field => AllowList.Member(field) ?? AllowList.Type(field.Type),
        _ => DenyReasons.For(symbol),
    };

    private static bool IsLinqArgument(LambdaExpressionSyntax lambda, SemanticModel model)
    {
        if (lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
        {
            return false;
        }

        var info = model.GetSymbolInfo(invocation);
        var method = info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
        return method is null || AllowList.Name((method.ReducedFrom ?? method).ContainingType.OriginalDefinition) == Enumerable;
    }
}
