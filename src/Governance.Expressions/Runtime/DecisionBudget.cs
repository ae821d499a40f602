namespace Governance.Expressions.Runtime;

/// <summary>The time left for the C# conditions of one decision (one evaluation scope).</summary>
internal sealed class DecisionBudget
{
    private long _remainingTicks;

    public DecisionBudget(TimeSpan budget) => _remainingTicks = budget.Ticks;

    public TimeSpan Remaining => TimeSpan.FromTicks(Interlocked.Read(ref _remainingTicks));

    public void Spend(TimeSpan elapsed) => Interlocked.Add(ref _remainingTicks, -elapsed.Ticks);
}
