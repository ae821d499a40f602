namespace Governance.GitHub.Rest;

/// <summary>
/// GitHub work could not start or the run's inputs contradict each other (no token, no event, a malformed API URL or
/// team name). The message says what to set; a host reports it as "no decision".
/// </summary>
public sealed class GitHubSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GitHubSetupException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public GitHubSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public GitHubSetupException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
