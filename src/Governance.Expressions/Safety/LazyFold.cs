using Microsoft.CodeAnalysis;

namespace Governance.Expressions.Safety;

/// <summary>
/// Rejects the one construct that builds a query nested as deep as its input: <c>Aggregate</c> whose accumulator is
/// lazy (an interface such as <c>IEnumerable&lt;T&gt;</c>, a delegate or <c>object</c>, or a value holding one). Each
/// step wraps the last in another <c>Where</c>/<c>Select</c>/<c>Concat</c>, and enumerating the result recurses once
/// per element inside the runtime library, where no guard can stop it: the process dies of a stack overflow, which
/// .NET cannot catch. An eager accumulator (<c>List&lt;T&gt;</c>, a number, a string) has no such depth.
/// </summary>
internal static class LazyFold
{
    private const int MaxTypeDepth = 8;

    /// <summary>Why the call to <paramref name="method"/> is refused, or null.</summary>
    public static string? Check(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        if (original.Name != "Aggregate" || AllowList.Name(original.ContainingType.OriginalDefinition) != "System.Linq.Enumerable")
        {
            return null;
        }

        var accumulator = method.Parameters.FirstOrDefault(p => p.Name == "seed")?.Type ?? method.ReturnType;
        return IsLazy(accumulator, 0)
            ? $"Aggregate with a lazy accumulator ({accumulator.ToDisplayString()}) nests one query per element and can exhaust the stack; "
                + "accumulate an eager value instead (a number, a string, or a List<T> built with .ToList())"
            : null;
    }

    private static bool IsLazy(ITypeSymbol type, int depth)
    {
        if (depth > MaxTypeDepth)
        {
            return true;
        }

        return type switch
        {
            { SpecialType: SpecialType.System_Object } => true,
            { TypeKind: TypeKind.Interface or TypeKind.Delegate or TypeKind.Dynamic } => true,
            IArrayTypeSymbol array => IsLazy(array.ElementType, depth + 1),
            INamedTypeSymbol { IsAnonymousType: true } anonymous =>
                anonymous.GetMembers().OfType<IPropertySymbol>().Any(p => IsLazy(p.Type, depth + 1)),
            INamedTypeSymbol { IsTupleType: true } tuple => tuple.TupleElements.Any(e => IsLazy(e.Type, depth + 1)),
            INamedTypeSymbol named => named.TypeArguments.Any(t => IsLazy(t, depth + 1)),
            _ => false,
        };
    }
}
