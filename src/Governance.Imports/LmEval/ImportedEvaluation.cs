namespace Governance.Imports.LmEval;

/// <summary>One metric value read from an evaluation results file, ready to record as <c>evaluation.recorded/v1</c>.</summary>
public sealed record ImportedEvaluation
{
    /// <summary>
    /// <c>&lt;task&gt;/&lt;metric&gt;</c> (e.g. <c>arc_easy/acc</c>); a filter other than <c>none</c> is kept in
    /// brackets (<c>gsm8k/exact_match[strict-match]</c>). For a generic metrics file, the name as written.
    /// </summary>
    public required string Metric { get; init; }

    /// <summary>The value.</summary>
    public required double Value { get; init; }

    /// <summary>Its standard error when the file has one (<c>&lt;metric&gt;_stderr,&lt;filter&gt;</c>).</summary>
    public double? Stderr { get; init; }

    /// <summary>The task or group name (the dataset the metric was measured on).</summary>
    public string? Dataset { get; init; }

    /// <summary>True when the value is a group aggregate (from <c>groups</c>), not a single task.</summary>
    public bool IsGroup { get; init; }

    /// <summary>The task version from <c>versions</c>, as written (<c>1</c>, <c>1.0</c>, <c>Yaml</c>).</summary>
    public string? TaskVersion { get; init; }

    /// <summary>Few-shot count from <c>n-shot</c>.</summary>
    public int? NumFewShot { get; init; }

    /// <summary>The harness version: <c>lm_eval_version</c>, else <c>git:&lt;git_hash&gt;</c>.</summary>
    public string? HarnessVersion { get; init; }

    /// <summary>The model: <c>model_name</c>, else <c>pretrained=</c> of <c>config.model_args</c>, else <c>config.model</c>.</summary>
    public string? Model { get; init; }

    /// <summary>When the run happened (<c>date</c>, epoch seconds), if the file says.</summary>
    public DateTimeOffset? Time { get; init; }
}
