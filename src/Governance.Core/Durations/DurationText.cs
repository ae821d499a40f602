using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Governance.Core.Durations;

/// <summary>Parses and prints policy durations: <c>30m</c>, <c>12h</c>, <c>14d</c>, <c>2w</c>.</summary>
public static class DurationText
{
    /// <summary>Parses a duration; returns false for anything but a positive integer and one unit of m, h, d or w.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text) || text.Length < 2 || text.Length > 9)
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        TimeSpan? unit = text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => null,
        };
        if (unit is null)
        {
            return false;
        }

        duration = unit.Value * n;
        return true;
    }

    /// <summary>Formats a duration in the largest whole unit up to days, e.g. 14 days as <c>14d</c>, 90 minutes as <c>90m</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        return minutes switch
        {
            _ when minutes % (60 * 24) == 0 && minutes != 0 => $"{minutes / (60 * 24)}d",
            _ when minutes % 60 == 0 && minutes != 0 => $"{minutes / 60}h",
            _ => $"{minutes}m",
        };
    }

    /// <summary>Formats an age for messages: <c>3d 4h</c>, <c>5h 12m</c>, <c>40m</c>.</summary>
    public static string FormatAge(TimeSpan age)
    {
        if (age < TimeSpan.Zero)
        {
            return "in the future";
        }

        return age.TotalDays >= 1 ? $"{(int)age.TotalDays}d {age.Hours}h"
            : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h {age.Minutes}m"
            : $"{(int)age.TotalMinutes}m";
    }
}
