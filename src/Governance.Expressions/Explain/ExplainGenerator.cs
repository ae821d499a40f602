using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Governance.Expressions.Explain;

/// <summary>Generates the body of an expression's explain method: it walks the top-level logical, comparison and
/// conditional operators and records the operand values that made the whole expression false (power-assert style).
/// The method runs only when the expression was false, so a passing expression costs nothing extra.</summary>
internal static partial class ExplainGenerator
{
    /// <summary>C# statements using the recorder parameter <paramref name="recorder"/>.</summary>
    public static string Body(ExpressionSyntax expression, string recorder)
    {
        var code = new StringBuilder();
        if (expression.DescendantNodesAndSelf().Any(n => n is VariableDesignationSyntax))
        {
            // Pattern and out variables declared in one operand would be out of scope in another: explain as a whole.
            Fact(code, expression, recorder);
        }
        else
        {
            Emit(code, expression, recorder);
        }

        return code.ToString();
    }

    private static void Emit(StringBuilder code, ExpressionSyntax node, string recorder)
    {
        node = Unwrap(node);
        switch (node)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                code.Append("if (!(").Append(Code(and.Left)).Append(")) { ");
                Emit(code, and.Left, recorder);
                code.Append(" } else { ");
                Emit(code, and.Right, recorder);
                code.Append(" }\n");
                break;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or:
                Emit(code, or.Left, recorder);
                Emit(code, or.Right, recorder);
                break;
            case BinaryExpressionSyntax comparison when IsComparison(comparison):
                code.Append(recorder).Append(".Compare(")
                    .Append(Literal(comparison.Left)).Append(", (object)(").Append(Code(comparison.Left)).Append("), ")
                    .Append(IsLiteral(comparison.Left) ? "true" : "false").Append(", ")
                    .Append(SymbolDisplay.FormatLiteral(comparison.OperatorToken.Text, quote: true)).Append(", ")
                    .Append(Literal(comparison.Right)).Append(", (object)(").Append(Code(comparison.Right)).Append("), ")
                    .Append(IsLiteral(comparison.Right) ? "true" : "false").Append(");\n");
                break;
            case ConditionalExpressionSyntax conditional:
                Fact(code, conditional.Condition, recorder);
                code.Append("if (").Append(Code(conditional.Condition)).Append(") { ");
                Emit(code, conditional.WhenTrue, recorder);
                code.Append(" } else { ");
                Emit(code, conditional.WhenFalse, recorder);
                code.Append(" }\n");
                break;
            case IsPatternExpressionSyntax pattern:
                code.Append(recorder).Append(".Mismatch(").Append(Literal(pattern.Expression)).Append(", (object)(").Append(Code(pattern.Expression)).Append("), ")
                    .Append(SymbolDisplay.FormatLiteral(Whitespace().Replace(pattern.Pattern.ToString(), " "), quote: true)).Append(");\n");
                break;
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                Fact(code, not.Operand, recorder);
                break;
            default:
                Fact(code, node, recorder);
                break;
        }
    }

    private static void Fact(StringBuilder code, ExpressionSyntax node, string recorder) =>
        code.Append(recorder).Append(".Fact(").Append(Literal(node)).Append(", (object)(").Append(Code(node)).Append("));\n");

    private static ExpressionSyntax Unwrap(ExpressionSyntax node)
    {
        while (node is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized.Expression;
        }

        return node;
    }

    private static bool IsComparison(BinaryExpressionSyntax node) =>
        node.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression
            or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression
        && Unwrap(node.Left) is not (CollectionExpressionSyntax or LambdaExpressionSyntax)
        && Unwrap(node.Right) is not (CollectionExpressionSyntax or LambdaExpressionSyntax);

    private static bool IsLiteral(ExpressionSyntax node) => Unwrap(node) switch
    {
        LiteralExpressionSyntax => true,
        PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } => true,
        _ => false,
    };

    // Inner trivia (comments, new lines) is kept so a // comment still ends at its own line break.
    private static string Code(ExpressionSyntax node) => node.ToString();

    private static string Literal(ExpressionSyntax node) =>
        SymbolDisplay.FormatLiteral(Whitespace().Replace(Unwrap(node).ToString(), " "), quote: true);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
