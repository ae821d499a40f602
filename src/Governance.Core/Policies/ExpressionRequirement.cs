namespace Governance.Core.Policies;

/// <summary>A C# boolean expression that must be true (evaluated by an <see cref="Evaluation.IConditionEngine"/>).</summary>
/// <param name="Expression">The C# source text.</param>
/// <param name="Location">Where the expression text starts in the policy file.</param>
public sealed record ExpressionRequirement(string Expression, SourceLocation Location) : Requirement
{
    /// <inheritdoc />
    public override string Kind => "expression";
}
