namespace Governance.Testing.Time;

/// <summary>A clock that stands still at <see cref="Now"/> until a test moves it: the one fixed TimeProvider of the tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The instant the clock shows.</summary>
    public DateTimeOffset Now { get; set; } = now;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
