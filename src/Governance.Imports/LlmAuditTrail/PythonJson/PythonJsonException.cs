namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>JSON text that Python's <c>json.loads</c> would reject (or that is ambiguous), with its position.</summary>
public sealed class PythonJsonException : FormatException
{
    /// <summary>Creates an exception without a position.</summary>
    public PythonJsonException()
    {
    }

    /// <summary>Creates an exception without a position.</summary>
    public PythonJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception without a position.</summary>
    public PythonJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a 1-based line and column of the parsed text.</summary>
    public PythonJsonException(string reason, int line, int column)
        : base($"{line}:{column}: {reason}")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; } = "";

    /// <summary>1-based line in the parsed text (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>1-based column (UTF-16 code units) in the parsed text (0 when unknown).</summary>
    public int Column { get; }
}
