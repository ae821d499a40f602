namespace Governance.GitHub.Events;

/// <summary>The event payload is missing, unreadable or lacks a field Governance needs.</summary>
public sealed class GitHubEventException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public GitHubEventException()
        : this("The GitHub event payload could not be read.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong with the payload.</param>
    public GitHubEventException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the payload.</param>
    /// <param name="innerException">The underlying failure.</param>
    public GitHubEventException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
