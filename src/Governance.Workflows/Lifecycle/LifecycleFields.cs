namespace Governance.Workflows.Lifecycle;

/// <summary>
/// The typed options of each lifecycle <c>govern record</c> kind (DESIGN §6, <c>docs/lifecycle.md</c>): every
/// option writes one member of the entry's payload, validated by the type's JSON Schema when appended.
/// </summary>
public static class LifecycleFields
{
    /// <summary>Typed fields by record kind name.</summary>
    public static IReadOnlyDictionary<string, FieldSet> ByKind { get; } = new Dictionary<string, FieldSet>(StringComparer.Ordinal)
    {
        ["dataset"] = Dataset(),
        ["training"] = Training(),
        ["evaluation"] = Evaluation(),
        ["deployment"] = Deployment(),
        ["monitoring"] = Monitoring(),
        ["incident"] = Incident(),
        ["flag"] = Flag(),
    };

    private static FieldSet Dataset() => new FieldSet()
        .Text("--id", "id", "Dataset id (default: --dataset)")
        .FromSubject("--dataset", "id")
        .Require("id", "give --dataset <id>")
        .Text("--version", "version", "Dataset version or snapshot name")
        .Digest("--content-digest", "digest", "Content digest of exactly the snapshot used (sha256:…)")
        .Text("--uri", "uri", "Source URI (s3://…, https://…)")
        .Text("--license", "license", "Licence (SPDX id where there is one)")
        .Text("--provenance-tag", "provenanceTag", "Stable provenance tag (DebugLM-style, e.g. CHATDOCTOR)")
        .Choice("--pii", "pii", "Residual PII risk", "none", "low", "medium", "high")
        .Texts("--risk-label", "riskLabels", "Risk label such as dual_use or medical")
        .Count("--rows", "rows", "Number of rows")
        .Text("--owner", "owner", "Accountable owner")
        .Text("--datasheet", "datasheet", "Datasheet URL");

    private static FieldSet Training() => TrainingInputs.AddTo(new FieldSet()
            .Text("--stage", "stage", "Stage name, e.g. pretraining-2026q1")
            .Choice("--stage-kind", "stageKind", "Stage kind", "pretraining", "sft", "preference", "rl")
            .Digest("--output", "output", "Output model digest (default: --digest)")
            .FromSubject("--digest", "output")
            .Text("--code-commit", "codeCommit", "Commit of the training code")
            .FromSubject("--commit", "codeCommit")
            .Text("--run", "run", "Training run id or URL")
            .Pairs("--param", "parameters", "Hyper-parameter"))
        .Require("stage", "give --stage <name>")
        .Require("output", "give --digest <output model digest>")
        .Require("inputs", "give at least one --input <dataset> or --parent <digest>");

    private static FieldSet Evaluation() => new FieldSet()
        .Text("--metric", "metric", "Metric name, e.g. accuracy or toxicity_rate")
        .Number("--value", "value", "Metric value")
        .Number("--stderr", "stderr", "Standard error of the value")
        .Text("--eval-dataset", "dataset", "Evaluation dataset or task (default: --dataset)")
        .FromSubject("--dataset", "dataset")
        .FromSubject("--digest", "digest")
        .Text("--harness", "harness", "Harness and version, e.g. lm-eval 0.4.5")
        .Text("--task-version", "taskVersion", "Task version")
        .Count("--samples", "samples", "Number of samples")
        .Require("metric", "give --metric").Require("value", "give --value").Require("digest", "give --digest <model digest>");

    private static FieldSet Deployment() => new FieldSet()
        .Text("--environment", "environment", "Environment, e.g. production")
        .FromSubject("--model", "model")
        .FromSubject("--digest", "digest")
        .Digest("--config-digest", "configDigest", "Digest of the serving configuration")
        .Digest("--prompt-template", "promptTemplate", "Digest of the prompt template")
        .Pairs("--decoding", "decoding", "Decoding setting (temperature=0.2, top_p=0.9)")
        .Texts("--refusal", "refusalSet", "Dataset id or provenance tag the model refuses at serving time")
        .Text("--rollout", "rollout", "Rollout control, e.g. 10% for 48h")
        .Require("environment", "give --environment").Require("model", "give --model").Require("digest", "give --digest");

    private static FieldSet Monitoring() => new FieldSet()
        .Text("--metric", "metric", "Monitored metric")
        .Number("--value", "value", "Observed value")
        .Text("--environment", "environment", "Environment")
        .Text("--window", "window", "Observation window, e.g. 24h")
        .FromSubject("--digest", "digest")
        .Require("metric", "give --metric").Require("value", "give --value");

    private static FieldSet Incident() => new FieldSet()
        .Text("--id", "id", "Incident id")
        .Text("--summary", "summary", "What happened")
        .Choice("--severity", "severity", "Severity", "low", "medium", "high", "critical")
        .Text("--environment", "environment", "Environment")
        .FromSubject("--digest", "digest")
        .Text("--traced-dataset", "tracedDataset", "Dataset the behaviour was traced to")
        .Text("--traced-stage", "tracedStage", "Training stage the behaviour was traced to")
        .Text("--request-id", "requestId", "Request id of the affected interaction")
        .Require("id", "give --id").Require("summary", "give --summary");

    private static FieldSet Flag() => new FieldSet()
        .FromSubject("--dataset", "dataset")
        .Text("--reason", "reason", "Why the dataset is flagged")
        .Choice("--severity", "severity", "Severity", "low", "medium", "high", "critical")
        .Texts("--reference", "references", "Ticket or document")
        .Require("dataset", "give --dataset <id>").Require("reason", "give --reason");
}
