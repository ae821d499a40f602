using System.Text.RegularExpressions;

namespace Governance.Ledger.Entries;

/// <summary>
/// The <c>pattern</c>s of the embedded schemas, compiled ahead of time by the regex source generator (same options and
/// timeout as any other pattern), so validating an entry neither interprets them nor compiles them at start-up. A
/// test holds this list equal to the patterns the schemas use; any other pattern falls back to a runtime regex.
/// A trailing <c>$</c> means end of input as in ECMA-262 (JSON Schema's regex dialect); .NET's <c>$</c> also matches
/// before a final newline, so each is followed by <c>(?!\n)</c> here and in <see cref="SchemaNode"/>.
/// </summary>
internal static partial class KnownPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ECMAScript;
    private const int TimeoutMs = 1000;

    /// <summary>The pre-compiled regex for <paramref name="pattern"/>, or null when the schemas do not use it.</summary>
    public static Regex? Find(string pattern) => pattern switch
    {
        "^sha256:[0-9a-f]{64}$" => Sha256Digest(),
        "^[0-9a-f]{40}([0-9a-f]{24})?$" => CommitId(),
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$" => EntryTime(),
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" => Rfc3339Time(),
        _ => null,
    };

    /// <summary>The hand-written matcher for <paramref name="pattern"/> (<see cref="PatternMatchers"/>), or <see cref="KnownPattern.None"/>.</summary>
    public static KnownPattern Kind(string pattern) => pattern switch
    {
        "^sha256:[0-9a-f]{64}$" => KnownPattern.Sha256Digest,
        "^[0-9a-f]{40}([0-9a-f]{24})?$" => KnownPattern.CommitId,
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$" => KnownPattern.EntryTime,
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" => KnownPattern.Rfc3339Time,
        _ => KnownPattern.None,
    };

    [GeneratedRegex("^sha256:[0-9a-f]{64}$(?!\n)", Options, TimeoutMs)]
    private static partial Regex Sha256Digest();

    [GeneratedRegex("^[0-9a-f]{40}([0-9a-f]{24})?$(?!\n)", Options, TimeoutMs)]
    private static partial Regex CommitId();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$(?!\n)", Options, TimeoutMs)]
    private static partial Regex EntryTime();

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$(?!\n)", Options, TimeoutMs)]
    private static partial Regex Rfc3339Time();
}
