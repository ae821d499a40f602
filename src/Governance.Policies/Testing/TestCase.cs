using Governance.Core.Evidence;
using Governance.Core.Policies;
using Governance.Core.Subjects;

namespace Governance.Policies.Testing;

/// <summary>One parsed test case: a subject, its evidence and what the decision must be.</summary>
/// <param name="Name">The case name.</param>
/// <param name="Location">Where the case starts in the test file.</param>
/// <param name="Subject">The subject to evaluate.</param>
/// <param name="Evidence">The evidence (inline or from a file); null when it failed to load.</param>
/// <param name="Decision">The expected decision (<c>allow</c>, <c>deny</c>, <c>not-applicable</c>), when asserted.</param>
/// <param name="Rules">Expected outcome per listed rule id.</param>
/// <param name="Messages">Expected substring of the message per listed rule id.</param>
internal sealed record TestCase(
    string Name,
    SourceLocation Location,
    Subject Subject,
    EvidenceSet? Evidence,
    string? Decision,
    IReadOnlyList<KeyValuePair<string, string>> Rules,
    IReadOnlyList<KeyValuePair<string, string>> Messages);
