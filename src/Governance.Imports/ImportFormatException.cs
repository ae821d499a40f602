namespace Governance.Imports;

/// <summary>An import file that cannot be read as its format; the message is <c>file:line:col: reason</c>.</summary>
public sealed class ImportFormatException : FormatException
{
    /// <summary>Creates an exception without a location.</summary>
    public ImportFormatException()
    {
    }

    /// <summary>Creates an exception without a location.</summary>
    public ImportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception without a location.</summary>
    public ImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a place in <paramref name="file"/> (line and column 0 when unknown).</summary>
    public ImportFormatException(string file, int line, int column, string reason, Exception? innerException = null)
        : base(Format(file, line, column, reason), innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file (as the caller named it).</summary>
    public string File { get; } = "";

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = "";

    private static string Format(string file, int line, int column, string reason) =>
        line > 0 ? $"{file}:{line}:{column}: {reason}" : $"{file}: {reason}";
}
