using Governance.Core.Subjects;

namespace Governance.Cli.Lifecycle;

/// <summary>A deployment of an affected model.</summary>
/// <param name="Environment">Where.</param>
/// <param name="Model">The model name.</param>
/// <param name="Digest">The deployed digest.</param>
/// <param name="Time">When.</param>
/// <param name="Reference">The ledger entry.</param>
internal sealed record ImpactDeployment(string Environment, string Model, Digest Digest, DateTimeOffset Time, string Reference);
