using Microsoft.CodeAnalysis;

namespace Governance.Expressions.Safety;

/// <summary>The types and members an expression may bind to. Everything else is rejected.</summary>
internal static class AllowList
{
    private const string ContextNamespace = "Governance.Expressions.Context";
    private const string GlobalsType = "Governance.Expressions.Runtime.ExpressionGlobals";

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.Boolean", "System.Char", "System.String",
        "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
        "System.Math", "System.MidpointRounding", "System.TimeSpan", "System.DateTimeOffset", "System.DateTime",
        "System.DayOfWeek", "System.StringComparison", "System.StringComparer", "System.Nullable`1",
        "System.Index", "System.Range", "System.StringSplitOptions",
        "System.MemoryExtensions", "System.ReadOnlySpan`1", "System.Span`1",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4",
        "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.IOrderedEnumerable`1", "System.Linq.ILookup`2",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyCollection`1",
        "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.List`1",
        "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.IEqualityComparer`1", "System.Collections.Generic.IComparer`1",
        GlobalsType,
    };

    /// <summary>Members of allowed types that still break determinism or reach into the runtime.</summary>
    private static readonly Dictionary<string, string> DeniedMembers = new(StringComparer.Ordinal)
    {
        ["System.Object.GetType"] = "reflection",
        ["System.Object.MemberwiseClone"] = "reflection",
        ["System.DateTime.Now"] = "reads the clock; use Now (the decision time)",
        ["System.DateTime.UtcNow"] = "reads the clock; use Now (the decision time)",
        ["System.DateTime.Today"] = "reads the clock; use Now (the decision time)",
        ["System.DateTimeOffset.Now"] = "reads the clock; use Now (the decision time)",
        ["System.DateTimeOffset.UtcNow"] = "reads the clock; use Now (the decision time)",
        ["System.String.Intern"] = "mutates runtime state",
        ["System.DateTime.Parse"] = ParsesWithClock,
        ["System.DateTime.TryParse"] = ParsesWithClock,
        ["System.DateTime.ParseExact"] = ParsesWithClock,
        ["System.DateTime.TryParseExact"] = ParsesWithClock,
        ["System.DateTimeOffset.Parse"] = ParsesWithClock,
        ["System.DateTimeOffset.TryParse"] = ParsesWithClock,
        ["System.DateTimeOffset.ParseExact"] = ParsesWithClock,
        ["System.DateTimeOffset.TryParseExact"] = ParsesWithClock,
        ["System.DateTime.ToLocalTime"] = LocalZone,
        ["System.DateTime.ToUniversalTime"] = LocalZone,
        ["System.DateTime.ToFileTime"] = LocalZone,
        ["System.DateTime.FromFileTime"] = LocalZone,
        ["System.DateTimeOffset.ToLocalTime"] = LocalZone,
        ["System.DateTimeOffset.LocalDateTime"] = LocalZone,
    };

    private const string ParsesWithClock =
        "parses with the process's culture and takes a missing date or offset from the clock and time zone; "
        + "build the value with new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero)";

    private const string LocalZone = "depends on the machine's time zone; compare UTC values (Now is UTC)";

    /// <summary>Why <paramref name="type"/> is not allowed, or null when it is.</summary>
    public static string? Type(ITypeSymbol? type)
    {
        switch (type)
        {
            case null or IErrorTypeSymbol or ITypeParameterSymbol:
                return null;
            case IDynamicTypeSymbol:
                return "dynamic is not allowed in policy expressions";
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "pointer types are not allowed in policy expressions: unsafe code";
            case IArrayTypeSymbol array:
                return Type(array.ElementType);
            case INamedTypeSymbol { IsAnonymousType: true }:
                return null;
            case INamedTypeSymbol named:
                if (!IsAllowedDefinition(named))
                {
                    return DenyReasons.For(named);
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (Type(argument) is { } reason)
                    {
                        return reason;
                    }
                }

                return null;
            default:
                return DenyReasons.For(type);
        }
    }

    /// <summary>Why the member <paramref name="symbol"/> is not allowed, or null when it is.</summary>
    public static string? Member(ISymbol symbol)
    {
        var containing = symbol.ContainingType;
        if (containing is null)
        {
            return DenyReasons.For(symbol);
        }

        if (containing.IsAnonymousType || (containing.SpecialType == SpecialType.System_Array && symbol is IPropertySymbol))
        {
            return null;
        }

        if (symbol.Name == "GetHashCode")
        {
            return $"'{symbol.ToDisplayString()}' is not allowed in policy expressions: hash codes differ per process (string hashing is randomized)";
        }

        var name = $"{Name(containing.OriginalDefinition)}.{symbol.Name}";
        if (DeniedMembers.TryGetValue(name, out var why))
        {
            return $"'{symbol.ToDisplayString()}' is not allowed in policy expressions: {why}";
        }

        if (Name(containing.OriginalDefinition) == GlobalsType && symbol is not IPropertySymbol)
        {
            return $"'{symbol.ToDisplayString()}' is not allowed in policy expressions";
        }

        return IsAllowedDefinition(containing) ? null : DenyReasons.For(symbol);
    }

    private static bool IsAllowedDefinition(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (definition.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        var name = Name(definition);
        return Types.Contains(name)
            || (definition.ContainingNamespace?.ToDisplayString() == ContextNamespace && definition.ContainingType is null);
    }

    /// <summary>The metadata name with namespace, e.g. <c>System.Collections.Generic.List`1</c>.</summary>
    public static string Name(INamedTypeSymbol type)
    {
        var prefix = type.ContainingType is { } outer ? Name(outer) + "+"
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "";
        return prefix + type.MetadataName;
    }
}
