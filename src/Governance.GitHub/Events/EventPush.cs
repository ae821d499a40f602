namespace Governance.GitHub.Events;

/// <summary>The ref update a <c>push</c> event reports.</summary>
/// <param name="Ref">The full ref, e.g. <c>refs/heads/main</c>.</param>
/// <param name="Before">The previous tip.</param>
/// <param name="After">The new tip (all zeros when the ref was deleted).</param>
/// <param name="Deleted">True when the push deleted the ref.</param>
public sealed record EventPush(string Ref, string Before, string After, bool Deleted);
