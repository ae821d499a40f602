using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Expressions.Safety;

/// <summary>Grammar restrictions checked on the parsed expression alone: an expression, no statements, no
/// assignments, no unsafe code, no reflection operators, lambdas only with an expression body.</summary>
internal static class SyntaxRules
{
    /// <summary>Each violation as (offset inside the expression, reason).</summary>
    public static IEnumerable<(int Offset, string Reason)> Check(ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (Reason(node) is { } reason)
            {
                yield return (node.SpanStart, reason);
            }
        }

        foreach (var token in expression.DescendantTokens())
        {
            if (token.Kind() is SyntaxKind.UnsafeKeyword or SyntaxKind.ArgListKeyword or SyntaxKind.AsyncKeyword
                or SyntaxKind.VolatileKeyword or SyntaxKind.FixedKeyword)
            {
                yield return (token.SpanStart, $"'{token.Text}' is not allowed in policy expressions");
            }
        }
    }

    private static string? Reason(SyntaxNode node) => node switch
    {
        StatementSyntax or BlockSyntax or LocalFunctionStatementSyntax => "statements are not allowed: a condition is a single expression",
        TypeOfExpressionSyntax => "typeof is not allowed in policy expressions: reflection",
        SizeOfExpressionSyntax => "sizeof is not allowed in policy expressions: unsafe code",
        PointerTypeSyntax or FunctionPointerTypeSyntax => "pointer types are not allowed in policy expressions: unsafe code",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc is not allowed in policy expressions: unsafe code",
        RefValueExpressionSyntax or RefTypeExpressionSyntax or MakeRefExpressionSyntax or RefExpressionSyntax => "ref expressions are not allowed in policy expressions",
        AnonymousMethodExpressionSyntax => "anonymous methods are not allowed: use a lambda as a LINQ argument",
        LambdaExpressionSyntax { Block: not null } => "lambdas must have an expression body, not statements",
        AssignmentExpressionSyntax => "assignments are not allowed: a condition only reads",
        AwaitExpressionSyntax => "await is not allowed in policy expressions: tasks",
        ThisExpressionSyntax or BaseExpressionSyntax => $"'{node}' is not allowed in policy expressions",
        WithExpressionSyntax => "with expressions are not allowed in policy expressions",
        ThrowExpressionSyntax => "throw is not allowed in policy expressions",
        PrefixUnaryExpressionSyntax u when u.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression
            or SyntaxKind.AddressOfExpression or SyntaxKind.PointerIndirectionExpression => $"'{u.OperatorToken.Text}' is not allowed in policy expressions",
        PostfixUnaryExpressionSyntax u when u.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression =>
            $"'{u.OperatorToken.Text}' is not allowed in policy expressions",
        MemberAccessExpressionSyntax m when m.IsKind(SyntaxKind.PointerMemberAccessExpression) => "'->' is not allowed in policy expressions: unsafe code",
        IdentifierNameSyntax { Identifier.ValueText: "dynamic" } => "dynamic is not allowed in policy expressions",
        _ => null,
    };
}
