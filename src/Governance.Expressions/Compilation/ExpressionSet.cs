using Governance.Core.Policies;

namespace Governance.Expressions.Compilation;

/// <summary>The distinct expression texts of a policy set in ordinal order (index i compiles to method <c>E{i}</c>),
/// with every place each appears. Needs no Roslyn: the cached path builds it too.</summary>
internal sealed class ExpressionSet
{
    private readonly Dictionary<string, int> _indices;

    private ExpressionSet(IReadOnlyList<string> texts, IReadOnlyList<ExpressionOccurrence> occurrences)
    {
        Texts = texts;
        Occurrences = occurrences;
        _indices = new Dictionary<string, int>(texts.Count, StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            _indices[texts[i]] = i;
        }
    }

    /// <summary>Distinct texts, ordinal order.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Every occurrence, in policy and rule order.</summary>
    public IReadOnlyList<ExpressionOccurrence> Occurrences { get; }

    /// <summary>Collects the <c>when</c> conditions and <c>expression</c> requirements of <paramref name="policies"/>.</summary>
    public static ExpressionSet Of(IReadOnlyList<Policy> policies)
    {
        var occurrences = new List<ExpressionOccurrence>();
        foreach (var policy in policies)
        {
            foreach (var rule in policy.Rules)
            {
                if (rule.When is { } when)
                {
                    occurrences.Add(new(when, policy.Name, rule.Id, true, rule.WhenLocation ?? rule.Location));
                }

                if (rule.Requirement is ExpressionRequirement expression)
                {
                    occurrences.Add(new(expression.Expression, policy.Name, rule.Id, false, expression.Location));
                }
            }
        }

        var texts = occurrences.Select(o => o.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ExpressionSet(texts, occurrences);
    }

    /// <summary>The method index of <paramref name="text"/>, or -1 when it is not part of the set.</summary>
    public int IndexOf(string text) => _indices.TryGetValue(text, out var index) ? index : -1;
}
