using System.Globalization;
using System.Net.Http.Headers;

namespace Governance.GitHub.Rest;

/// <summary>Decides whether and how long to wait before retrying a failed attempt.</summary>
internal static class RetryAdvisor
{
    /// <summary>True for a 429, or a 403 that GitHub marks as a (primary or secondary) rate limit.</summary>
    public static bool IsRateLimited(int status, HttpResponseHeaders headers, string? errorMessage) =>
        status == 429
        || (status == 403
            && (Header(headers, "X-RateLimit-Remaining") == "0"
                || headers.RetryAfter is not null
                || (errorMessage?.Contains("rate limit", StringComparison.OrdinalIgnoreCase) ?? false)));

    /// <summary>
    /// The wait GitHub asks for: <c>Retry-After</c> seconds, else until <c>X-RateLimit-Reset</c>, else
    /// <paramref name="fallback"/> (secondary limits without headers: GitHub says wait a minute).
    /// </summary>
    public static TimeSpan RateLimitWait(HttpResponseHeaders headers, DateTimeOffset now, TimeSpan fallback)
    {
        if (headers.RetryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (headers.RetryAfter?.Date is { } date)
        {
            return Max(date - now, TimeSpan.Zero);
        }

        if (long.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            // One second of slack: the reset epoch is whole seconds and clocks differ.
            return Max(ResetTime(epoch) - now + TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }

        return fallback;
    }

    /// <summary>The reset instant from <c>X-RateLimit-Reset</c>, if present.</summary>
    public static DateTimeOffset? ResetAt(HttpResponseHeaders headers) =>
        long.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? ResetTime(epoch)
            : null;

    /// <summary>True for statuses worth retrying with back-off: 500, 502, 503, 504.</summary>
    public static bool IsTransientServerError(int status) => status is 500 or 502 or 503 or 504;

    /// <summary>Exponential back-off: initial, 2×, 4×, … capped at <paramref name="cap"/>.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan initial, TimeSpan cap)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        var wait = TimeSpan.FromTicks((long)Math.Min(initial.Ticks * factor, cap.Ticks));
        return wait;
    }

    private static DateTimeOffset ResetTime(long epoch) =>
        DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(epoch, 0, 253402300799));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
