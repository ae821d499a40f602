using Governance.Ledger.Verification;

namespace Governance.Reporting.Text;

/// <summary>How every command names a kind of tampering: kebab case (<c>time-backwards</c>).</summary>
public static class TamperKindText
{
    /// <summary>The kebab-case name of a tamper kind.</summary>
    public static string Of(TamperKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
