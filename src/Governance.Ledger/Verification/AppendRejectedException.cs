namespace Governance.Ledger.Verification;

/// <summary>An append that verification would reject; nothing was published.</summary>
public sealed class AppendRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AppendRejectedException(TamperKind kind, long seq, string message)
        : base(message)
    {
        Kind = kind;
        Seq = seq;
    }

    /// <summary>Creates the exception (serialization and analyzers).</summary>
    public AppendRejectedException()
    {
    }

    /// <summary>Creates the exception (analyzers).</summary>
    public AppendRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (analyzers).</summary>
    public AppendRejectedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>What verify would report.</summary>
    public TamperKind Kind { get; }

    /// <summary>The entry that would fail.</summary>
    public long Seq { get; }
}
