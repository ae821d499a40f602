namespace Governance.GitHub.Actions;

/// <summary>The heredoc form of an environment-file entry (toolkit <c>prepareKeyValueMessage</c>).</summary>
internal static class OutputFileEntry
{
    private const int MaxDelimiterTries = 5;

    /// <summary>
    /// <c>name&lt;&lt;DELIM</c> ⏎ value ⏎ <c>DELIM</c> ⏎, with a delimiter that occurs in neither name nor value.
    /// </summary>
    public static string Format(string name, string value, Func<string> delimiterFactory)
    {
        for (var i = 0; i < MaxDelimiterTries; i++)
        {
            var delimiter = delimiterFactory();
            if (delimiter.Length > 0
                && !name.Contains(delimiter, StringComparison.Ordinal)
                && !value.Contains(delimiter, StringComparison.Ordinal))
            {
                var eol = Environment.NewLine;
                return $"{name}<<{delimiter}{eol}{value}{eol}{delimiter}{eol}";
            }
        }

        throw new InvalidOperationException(
            $"Could not find an output delimiter that does not occur in the value of '{name}'.");
    }
}
