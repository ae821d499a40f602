namespace Governance.Workflows.Hosting;

/// <summary>An expected failure with a message for the user (no stack trace) and an exit code, 2 by default.</summary>
public sealed class WorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowException(string message, int exitCode = ExitCodes.NoDecision)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates the exception with a cause shown only under <c>--verbose</c>.</summary>
    public WorkflowException(string message, Exception inner)
        : base(message, inner) => ExitCode = ExitCodes.NoDecision;

    /// <summary>Creates an exception with a generic message.</summary>
    public WorkflowException()
        : this("govern failed") { }

    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; }
}
