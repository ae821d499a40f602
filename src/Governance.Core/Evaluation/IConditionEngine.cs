namespace Governance.Core.Evaluation;

/// <summary>Evaluates C# conditions; implemented with Roslyn in <c>Governance.Expressions</c>, loaded only when a policy has any.</summary>
public interface IConditionEngine
{
    /// <summary>Evaluates one condition. Must not throw: failures are <see cref="ConditionResult.Failed"/>.</summary>
    ConditionResult Evaluate(ConditionRequest request);
}
