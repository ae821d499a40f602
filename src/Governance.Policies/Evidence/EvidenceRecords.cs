using Governance.Core.Evidence;
using Governance.Policies.Yaml;

namespace Governance.Policies.Evidence;

/// <summary>Reads one evidence record of each kind; null when a required field is missing or invalid.</summary>
internal static class EvidenceRecords
{
    private static readonly string[] States = ["approved", "changes_requested", "revoked", "dismissed", "commented"];

    /// <summary><c>{ approver, teams, digest, commit, time, state }</c>.</summary>
    public static ApprovalRecord? Approval(MappingReader r, EvidenceOrigin origin)
    {
        var approver = r.String("approver", required: true);
        var teams = r.StringList("teams") ?? [];
        var digest = Values.Digest(r.Optional("digest"), "'digest'", r.Diagnostics);
        var commit = r.String("commit");
        var time = Time(r, "time");
        var state = r.Choice("state", false, States) switch
        {
            "changes_requested" => ApprovalState.ChangesRequested,
            "revoked" => ApprovalState.Revoked,
            "dismissed" => ApprovalState.Dismissed,
            "commented" => ApprovalState.Commented,
            _ => ApprovalState.Approved,
        };
        return approver is null || time is null ? null : new ApprovalRecord(approver, teams, digest, commit, time.Value, state, origin);
    }

    /// <summary><c>{ metric, value, dataset, digest, time }</c>.</summary>
    public static EvaluationRecord? Evaluation(MappingReader r, EvidenceOrigin origin)
    {
        var metric = r.String("metric", required: true);
        var value = r.Number("value", required: true);
        var dataset = r.String("dataset");
        var digest = Values.Digest(r.Required("digest"), "'digest'", r.Diagnostics);
        var time = Time(r, "time");
        return metric is null || value is null || digest is null || time is null ? null
            : new EvaluationRecord(metric, value.Value, dataset, digest.Value, time.Value, origin);
    }

    /// <summary><c>{ predicateType, signer, digest, time }</c>.</summary>
    public static AttestationRecord? Attestation(MappingReader r, EvidenceOrigin origin)
    {
        var predicateType = r.String("predicateType", required: true);
        var signer = r.String("signer", required: true);
        var digest = Values.Digest(r.Required("digest"), "'digest'", r.Diagnostics);
        var time = Time(r, "time");
        return predicateType is null || signer is null || digest is null || time is null ? null
            : new AttestationRecord(predicateType, signer, digest.Value, time.Value, origin);
    }

    /// <summary><c>{ id, digest, registered }</c>.</summary>
    public static DatasetRecord? Dataset(MappingReader r, EvidenceOrigin origin)
    {
        var id = r.String("id", required: true);
        var digest = Values.Digest(r.Optional("digest"), "'digest'", r.Diagnostics);
        var registered = Time(r, "registered");
        return id is null || registered is null ? null : new DatasetRecord(id, digest, registered.Value, origin);
    }

    /// <summary><c>{ stage, inputs, output, time }</c>.</summary>
    public static TrainingRecord? Training(MappingReader r, EvidenceOrigin origin)
    {
        var stage = r.String("stage", required: true);
        var inputs = r.StringList("inputs", required: true);
        var output = Values.Digest(r.Required("output"), "'output'", r.Diagnostics);
        var time = Time(r, "time");
        return stage is null || inputs is null || output is null || time is null ? null
            : new TrainingRecord(stage, inputs, output.Value, time.Value, origin);
    }

    /// <summary><c>{ dataset, reason, time, cleared }</c>.</summary>
    public static DatasetFlag? Flag(MappingReader r, EvidenceOrigin origin)
    {
        var dataset = r.String("dataset", required: true);
        var reason = r.String("reason", required: true);
        var time = Time(r, "time");
        var cleared = Values.Time(r.Optional("cleared"), "'cleared'", r.Diagnostics);
        return dataset is null || reason is null || time is null ? null : new DatasetFlag(dataset, reason, time.Value, origin, cleared);
    }

    /// <summary><c>{ rules, digest, approver, teams, reason, granted, expires }</c>.</summary>
    public static WaiverRecord? Waiver(MappingReader r, EvidenceOrigin origin)
    {
        var rules = r.StringList("rules", required: true, minItems: 1);
        var digest = Values.Digest(r.Required("digest"), "'digest'", r.Diagnostics);
        var approver = r.String("approver", required: true);
        var teams = r.StringList("teams") ?? [];
        var reason = r.String("reason", required: true);
        var granted = Time(r, "granted");
        var expires = Time(r, "expires");
        return rules is null || digest is null || approver is null || reason is null || granted is null || expires is null ? null
            : new WaiverRecord(rules, digest.Value, approver, teams, reason, granted.Value, expires.Value, origin);
    }

    /// <summary><c>{ environment, model, digest, time }</c>.</summary>
    public static DeploymentRecord? Deployment(MappingReader r, EvidenceOrigin origin)
    {
        var environment = r.String("environment", required: true);
        var model = r.String("model", required: true);
        var digest = Values.Digest(r.Required("digest"), "'digest'", r.Diagnostics);
        var time = Time(r, "time");
        return environment is null || model is null || digest is null || time is null ? null
            : new DeploymentRecord(environment, model, digest.Value, time.Value, origin);
    }

    private static DateTimeOffset? Time(MappingReader r, string key) => Values.Time(r.Required(key), $"'{key}'", r.Diagnostics);
}
