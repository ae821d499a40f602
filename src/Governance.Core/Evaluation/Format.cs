using System.Globalization;

namespace Governance.Core.Evaluation;

/// <summary>Invariant formatting of values inside explanations.</summary>
public static class Format
{
    /// <summary>A number in its shortest round-trip invariant form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A time as UTC RFC 3339 without fractional seconds.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A list of names, or <c>none</c>.</summary>
    public static string List(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "none" : text;
    }
}
