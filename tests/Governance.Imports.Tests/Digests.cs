namespace Governance.Imports.Tests;

/// <summary>Well-formed digests for hand-built events.</summary>
internal static class Digests
{
    public const string Model = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
}
