namespace Governance.Policies.Tests.Support;

/// <summary>A clock stopped at a given instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
