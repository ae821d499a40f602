using Governance.Core.Subjects;

namespace Governance.Workflows.Recording;

/// <summary>A person's time-boxed waiver of named rules (or <c>source:&lt;dataset&gt;</c>) for one model digest.</summary>
/// <param name="Rules">The rule ids (or <c>source:&lt;dataset&gt;</c>); at least one.</param>
/// <param name="Digest">The model digest the waiver is scoped to.</param>
/// <param name="Expires">When it stops applying; must be in the future.</param>
/// <param name="Reason">Why the risk is accepted.</param>
/// <param name="Model">The model name, if given.</param>
public sealed record WaiverRequest(IReadOnlyList<string> Rules, Digest Digest, DateTimeOffset Expires, string Reason, string? Model = null);
