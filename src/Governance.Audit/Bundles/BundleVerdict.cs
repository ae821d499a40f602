using Governance.Audit.Trail;
using Governance.Ledger.Checkpoints;

namespace Governance.Audit.Bundles;

/// <summary>The outcome of verifying a bundle: exit 0 intact, 1 a file or entry fails (named), 2 unreadable.</summary>
/// <param name="ExitCode">0, 1 or 2.</param>
/// <param name="Message">What was verified, or what failed and why.</param>
/// <param name="File">The file that failed, or null.</param>
/// <param name="Seq">The entry that failed, or null.</param>
public sealed record BundleVerdict(int ExitCode, string Message, string? File = null, long? Seq = null)
{
    /// <summary>The bundle's SHA-256 (<c>sha256:…</c>).</summary>
    public string? Digest { get; init; }

    /// <summary>The verified head checkpoint.</summary>
    public Checkpoint? Head { get; init; }

    /// <summary>The head checkpoint note, verbatim.</summary>
    public string? HeadNote { get; init; }

    /// <summary>Fingerprints of the keys that signed the checkpoint and the manifest.</summary>
    public IReadOnlyList<string> Signers { get; init; } = [];

    /// <summary>The verified ledger (for links), when intact.</summary>
    public TrailSnapshot? Snapshot { get; init; }

    /// <summary>The bundled trust.</summary>
    public AuditTrust? Trust { get; init; }

    /// <summary>A failure at <paramref name="file"/> (exit 1).</summary>
    public static BundleVerdict Fails(string file, string message, long? seq = null) =>
        new(1, seq is { } s ? $"{file}: entry {s}: {message}" : $"{file}: {message}", file, seq);
}
