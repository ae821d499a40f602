namespace Governance.Ledger.Storage;

/// <summary>An append or push kept losing compare-and-swap races and gave up (an infrastructure failure: exit 2).</summary>
public sealed class LedgerConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LedgerConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LedgerConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public LedgerConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
