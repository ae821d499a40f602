namespace Governance.Core.Evaluation;

/// <summary>Switches that change how evidence is trusted.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Defaults: unsigned evidence counts unless a rule demands <c>requireSigned</c>.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Refuse unsigned evidence for every <c>enforce</c> rule (the action's default).</summary>
    public bool RequireSignedForEnforce { get; init; }

    /// <summary>Collect a detail line for every item considered (<c>--explain</c>); off keeps the gate's hot path allocation-light.</summary>
    public bool Explain { get; init; }
}
