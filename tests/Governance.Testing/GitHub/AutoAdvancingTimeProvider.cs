using System.Collections.Concurrent;

namespace Governance.Testing.GitHub;

/// <summary>
/// A <see cref="TimeProvider"/> for retry tests: every timer (e.g. <c>Task.Delay(d, provider)</c>) moves the
/// clock forward by its due time and fires at once (after a real millisecond), so waits take no real time and
/// are recorded in <see cref="Waits"/>.
/// </summary>
public sealed class AutoAdvancingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();
    private readonly Lock _gate = new();
    private DateTimeOffset _now;

    /// <summary>Starts the clock at <paramref name="start"/> (default 2025-01-01T00:00:00Z).</summary>
    public AutoAdvancingTimeProvider(DateTimeOffset? start = null) =>
        _now = start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Every timer due time requested so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    /// <summary>The sum of <see cref="Waits"/>.</summary>
    public TimeSpan TotalWaited => Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new AutoTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class AutoTimer(AutoAdvancingTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private int _generation;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var generation = Interlocked.Increment(ref _generation);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            owner._waits.Enqueue(dueTime);
            owner.Advance(dueTime);
            _ = Task.Delay(1).ContinueWith(
                _ =>
                {
                    if (Volatile.Read(ref _generation) == generation)
                    {
                        callback(state);
                    }
                },
                TaskScheduler.Default);
            return true;
        }

        public void Dispose() => Interlocked.Increment(ref _generation);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
