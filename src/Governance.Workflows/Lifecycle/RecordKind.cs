using Governance.Ledger.Entries;

namespace Governance.Workflows.Lifecycle;

/// <summary>A record kind (a <c>govern record</c> subcommand): its name, the entry type it appends, and its typed fields.</summary>
/// <param name="Name">The subcommand name, e.g. <c>dataset</c>.</param>
/// <param name="Type">The entry type, e.g. <c>dataset.registered/v1</c>.</param>
/// <param name="Description">Help text.</param>
/// <param name="Fields">Typed options, or null for <c>--payload</c> only.</param>
public sealed record RecordKind(string Name, string Type, string Description, FieldSet? Fields = null)
{
    /// <summary>The kinds every build has; lifecycle kinds add typed fields through <see cref="RecordKinds"/>.</summary>
    public static IReadOnlyList<RecordKind> Builtin { get; } =
    [
        new("dataset", EntryTypes.DatasetRegistered, "Register a dataset (id, digest, source, licence, risk labels)"),
        new("training", EntryTypes.TrainingCompleted, "Record a completed training stage (inputs, output model digest)"),
        new("evaluation", EntryTypes.EvaluationRecorded, "Record an evaluation result for a model digest"),
        new("attestation", EntryTypes.AttestationAdded, "Record an attestation (DSSE-signed by the key's principal)"),
        new("deployment", EntryTypes.DeploymentCompleted, "Record that a model digest went live in an environment"),
        new("monitoring", EntryTypes.MonitoringReported, "Record a monitoring report for a deployed model"),
        new("incident", EntryTypes.IncidentOpened, "Record an incident"),
        new("flag", EntryTypes.DatasetFlagged, "Flag a dataset as harmful"),
    ];
}
