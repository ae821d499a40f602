namespace Governance.Workflows.Hosting;

/// <summary>The exit codes every command keeps (DESIGN §2): allow, deny, no decision.</summary>
public static class ExitCodes
{
    /// <summary>Allowed, or the command succeeded.</summary>
    public const int Allow = 0;

    /// <summary>Denied, or tampering found: a verdict, not an error.</summary>
    public const int Deny = 1;

    /// <summary>No decision: bad usage, invalid input, infrastructure failure.</summary>
    public const int NoDecision = 2;
}
