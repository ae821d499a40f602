using Governance.Core.Subjects;

namespace Governance.Core.Evidence;

/// <summary>A model digest that went live in an environment (what <c>noRegressionFrom</c> compares with).</summary>
/// <param name="Environment">The environment.</param>
/// <param name="Model">The model name.</param>
/// <param name="Digest">The deployed digest.</param>
/// <param name="Time">When it went live.</param>
/// <param name="Origin">Where it came from and who signed it.</param>
public sealed record DeploymentRecord(
    string Environment,
    string Model,
    Digest Digest,
    DateTimeOffset Time,
    EvidenceOrigin Origin) : IEvidenceItem;
