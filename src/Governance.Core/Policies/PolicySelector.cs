namespace Governance.Core.Policies;

/// <summary><c>spec.appliesTo</c>: every present selector must match; an absent one matches anything.</summary>
/// <param name="Environments">Environment names (case-insensitive).</param>
/// <param name="Models">Model name globs with <c>*</c> and <c>?</c>.</param>
public sealed record PolicySelector(IReadOnlyList<string>? Environments, IReadOnlyList<string>? Models)
{
    /// <summary>Matches everything.</summary>
    public static PolicySelector Any { get; } = new(null, null);

    /// <summary>True when the subject's environment and model match.</summary>
    public bool Matches(string model, string environment) =>
        (Environments is null || Environments.Any(e => string.Equals(e, environment, StringComparison.OrdinalIgnoreCase)))
        && (Models is null || Models.Any(g => Glob.IsMatch(g, model)));
}
