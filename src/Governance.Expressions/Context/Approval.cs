namespace Governance.Expressions.Context;

/// <summary>One valid approval of the subject (bound to it, latest decisive per person, author and deployer excluded).</summary>
public sealed class Approval
{
    internal Approval(string approver, IReadOnlyList<string> teams, DateTimeOffset time)
    {
        Approver = approver;
        Teams = teams;
        Time = time;
    }

    /// <summary>The person: a GitHub login or signer principal.</summary>
    public string Approver { get; }

    /// <summary>Teams the evidence source established the approver belongs to.</summary>
    public IReadOnlyList<string> Teams { get; }

    /// <summary>When the approval was given.</summary>
    public DateTimeOffset Time { get; }

    /// <inheritdoc />
    public override string ToString() => Approver;
}
