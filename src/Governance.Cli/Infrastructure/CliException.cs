namespace Governance.Cli.Infrastructure;

/// <summary>An expected failure with a message for the user (no stack trace) and an exit code, 2 by default.</summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(string message, int exitCode = ExitCodes.NoDecision)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates the exception with a cause shown only under <c>--verbose</c>.</summary>
    public CliException(string message, Exception inner)
        : base(message, inner) => ExitCode = ExitCodes.NoDecision;

    /// <summary>Creates an exception with a generic message.</summary>
    public CliException()
        : this("govern failed") { }

    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; }
}
