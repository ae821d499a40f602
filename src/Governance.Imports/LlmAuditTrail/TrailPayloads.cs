using System.Text.Json.Nodes;
using Governance.Events.Catalogue;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// The event of our type for a foreign event's details, before the schema decides whether it fits: null when the
/// type has no counterpart here, a member it needs is missing, or a member has another JSON kind than ours.
/// </summary>
internal static class TrailPayloads
{
    public static LedgerEvent? Ours(ImportedEvent e, ImportedOrigin? origin)
    {
        var d = e.Payload;
        var r = new DetailReader();
        LedgerEvent? ours = e.Type switch
        {
            DatasetRegistered.TypeName when e.Dataset is { } dataset => new DatasetRegistered
            {
                Id = dataset, Digest = e.Digest, Uri = r.String(d["source"]), License = r.String(d["license"]), Version = r.String(d["version"]),
                Rows = r.Integer(d["rows"]), Owner = r.String(d["owner"]), Datasheet = r.String(d["datasheet_url"]), Pii = r.String(d["pii_residual_risk"]),
                Imported = origin,
            },
            TrainingStarted.TypeName when Stage(r, e) is { } stage => new TrainingStarted
            {
                Stage = stage, Inputs = Inputs(e), Parameters = (JsonObject)d.DeepClone(), Imported = origin,
            },
            TrainingCompleted.TypeName when e.Digest is { } output && Stage(r, e) is { } stage => new TrainingCompleted
            {
                Stage = stage, Inputs = Inputs(e) ?? [], Output = output, Metrics = (JsonObject)d.DeepClone(), Imported = origin,
            },
            EvaluationRecorded.TypeName when e.Digest is { } digest && r.String(d["metric"]) is { } metric && r.Number(d["value"]) is { } value => new EvaluationRecorded
            {
                Metric = metric, Value = value, Dataset = d["dataset"] is { } dataset ? r.String(dataset) : e.Dataset, Digest = digest, Imported = origin,
            },
            DeploymentCompleted.TypeName when e.Digest is { } digest && e.Model is { } model && Environment(r, e) is { } environment => new DeploymentCompleted
            {
                Environment = environment, Model = model, Digest = digest, Imported = origin,
            },
            DeploymentRolledBack.TypeName when e.Digest is { } digest && e.Model is { } model && Environment(r, e) is { } environment => new DeploymentRolledBack
            {
                Environment = environment, Model = model, Digest = digest, Imported = origin,
            },
            MonitoringReported.TypeName when r.String(d["metric"]) is { } metric && r.Number(d["value"]) is { } value => new MonitoringReported
            {
                Metric = metric, Value = value, Environment = r.String(d["environment"]), Digest = e.Digest, Imported = origin,
            },
            IncidentOpened.TypeName when (d["id"] is null ? e.OriginalEventId : r.String(d["id"])) is { } id && r.String(d["summary"] ?? d["description"]) is { } summary => new IncidentOpened
            {
                Id = id, Summary = summary, Digest = e.Digest, Imported = origin,
            },
            DatasetFlagged.TypeName when e.Dataset is { } dataset && r.String(d["reason"]) is { } reason => new DatasetFlagged
            {
                Dataset = dataset, Reason = reason, Imported = origin,
            },
            _ => null,
        };
        return r.Failed ? null : ours;
    }

    private static string? Stage(DetailReader r, ImportedEvent e) => e.Payload["stage"] is { } stage ? r.String(stage) : e.OriginalType;

    private static string? Environment(DetailReader r, ImportedEvent e) => e.Payload["environment"] is { } environment ? r.String(environment) : e.Deployment;

    private static TrainingStageInput[]? Inputs(ImportedEvent e) => e.Dataset is null ? null : [TrainingStageInput.Dataset(e.Dataset)];
}
