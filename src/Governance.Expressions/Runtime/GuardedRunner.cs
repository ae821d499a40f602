using Governance.Core.Evaluation;

namespace Governance.Expressions.Runtime;

/// <summary>Runs expressions on one dedicated background thread and waits at most a budget for each. .NET cannot abort
/// a thread, so an expression that overruns its time or allocation budget is abandoned: the caller gets a failure
/// (fail closed) and the runner stays tripped, failing every later call at once, until the process exits.</summary>
internal sealed class GuardedRunner : IDisposable
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(10);

    // A stated stack size instead of the platform default (1.5 MiB on some): code that checks its depth
    // (RuntimeHelpers.EnsureSufficientExecutionStack) fails with an exception, reported as a rule error. Depth that only
    // the runtime library can build (nested lazy queries) is refused at compile time by LazyFold and ExpressionShape.
    private const int StackBytes = 16 * 1024 * 1024;

    private readonly object _gate = new();
    private readonly SemaphoreSlim _start = new(0);
    private readonly ManualResetEventSlim _done = new(false);
    private readonly TimeProvider _time;
    private readonly long _memoryBudget;
    private Thread? _thread;
    private Func<ConditionResult>? _job;
    private ConditionResult? _result;
    private string? _tripped;
    private bool _disposed;

    public GuardedRunner(TimeProvider time, long memoryBudgetBytes)
    {
        _time = time;
        _memoryBudget = memoryBudgetBytes;
    }

    /// <summary>Why the runner refuses work (an earlier expression overran), or null.</summary>
    public string? Tripped => _tripped;

    /// <summary>Runs <paramref name="job"/>, waiting at most <paramref name="budget"/>; returns the result and the time it took.</summary>
    public (ConditionResult Result, TimeSpan Elapsed) Run(Func<ConditionResult> job, TimeSpan budget)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_tripped is { } reason)
            {
                return (ConditionResult.Failed(reason), TimeSpan.Zero);
            }

            EnsureThread();
            _job = job;
            _done.Reset();
            var started = _time.GetTimestamp();
            var allocated = GC.GetTotalAllocatedBytes(false);
            _start.Release();
            while (true)
            {
                var elapsed = _time.GetElapsedTime(started);
                var remaining = budget - elapsed;
                if (_done.Wait(remaining < Slice ? (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero) : Slice))
                {
                    return (_result!, _time.GetElapsedTime(started));
                }

                elapsed = _time.GetElapsedTime(started);
                if (elapsed >= budget)
                {
                    return (Trip($"exceeded the time budget of {budget.TotalSeconds:0.###} s for C# conditions (failed closed)"), elapsed);
                }

                if (GC.GetTotalAllocatedBytes(false) - allocated > _memoryBudget)
                {
                    return (Trip($"exceeded the memory budget of {_memoryBudget / (1024 * 1024)} MiB for C# conditions (failed closed)"), elapsed);
                }
            }
        }
    }

    /// <summary>Stops the worker once it is idle (a runaway worker is a background thread and dies with the process).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _job = null;
            _start.Release();
        }
    }

    private ConditionResult Trip(string reason)
    {
        _tripped = reason;
        return ConditionResult.Failed(reason);
    }

    private void EnsureThread()
    {
        if (_thread is not null)
        {
            return;
        }

        _thread = new Thread(Work, StackBytes) { IsBackground = true, Name = "governance-expressions" };
        _thread.Start();
    }

    private void Work()
    {
        while (true)
        {
            _start.Wait();
            var job = _job;
            if (job is null)
            {
                return;
            }

            try
            {
                _result = job();
            }
            catch (OutOfMemoryException)
            {
                _result = ConditionResult.Failed("ran out of memory (failed closed)");
            }
            catch (InsufficientExecutionStackException)
            {
                _result = ConditionResult.Failed("nested too deeply for the evaluation stack (failed closed)");
            }
            catch (Exception ex)
            {
                _result = ConditionResult.Failed($"threw {ex.GetType().Name}: {ex.Message}");
            }

            _done.Set();
        }
    }
}
