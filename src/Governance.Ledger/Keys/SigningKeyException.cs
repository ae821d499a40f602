namespace Governance.Ledger.Keys;

/// <summary>
/// A signing key cannot be used: the file is missing or not a usable private key, or ssh-keygen could not sign. The
/// message names the file and what to do, and never echoes key material; a host reports it as "no decision".
/// </summary>
public sealed class SigningKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SigningKeyException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    /// <param name="message">What is wrong with the key and how to fix it.</param>
    public SigningKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the key and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public SigningKeyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
