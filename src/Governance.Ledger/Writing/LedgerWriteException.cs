namespace Governance.Ledger.Writing;

/// <summary>
/// A ledger cannot be opened or written as asked (not a git repository, no trusted signers, an append the verifier
/// would reject); the message says what is wrong and what to do. A host reports it as "no decision".
/// </summary>
public sealed class LedgerWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LedgerWriteException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public LedgerWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public LedgerWriteException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
