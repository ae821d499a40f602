using Governance.Workflows.Hosting;

namespace Governance.Workflows.GitHub;

/// <summary>
/// The action's inputs as the composite passes them: environment variables <c>GOVERNANCE_*</c> (never interpolated
/// into the script). <c>required</c> is not enforced by the runner, so it is checked here.
/// </summary>
internal sealed record ActionInputs
{
    /// <summary>Policy files or directories (newline- or comma-separated).</summary>
    public required IReadOnlyList<string> Policies { get; init; }

    /// <summary>The trusted ref; null means the default branch on origin.</summary>
    public string? PolicyRef { get; init; }

    /// <summary>The ref whose .governance/ trust files are trusted (<c>trust-ref</c>); null means the same ref as policies.</summary>
    public string? TrustRef { get; init; }

    /// <summary>Refuse unsigned file evidence for enforced rules (<c>require-signed</c>, default true).</summary>
    public bool RequireSigned { get; init; } = true;

    /// <summary>A trusted checkpoint (<c>trusted-checkpoint</c>): the checkpoint text itself, or a path to it.</summary>
    public string? TrustedCheckpoint { get; init; }

    /// <summary>Show every item considered (<c>explain</c>, default false).</summary>
    public bool Explain { get; init; }

    /// <summary>Also write a SARIF report here (<c>sarif-path</c>).</summary>
    public string? SarifPath { get; init; }

    /// <summary>Also write the JSON report here (<c>json-path</c>).</summary>
    public string? JsonPath { get; init; }

    /// <summary>The model name.</summary>
    public required string Model { get; init; }

    /// <summary>The model digest.</summary>
    public required string Digest { get; init; }

    /// <summary>The target environment.</summary>
    public required string Environment { get; init; }

    /// <summary>Evidence files.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>True when a signing key was given (its text stays in the environment, never in this record).</summary>
    public bool HasSigningKey { get; init; }

    /// <summary>Exit 1 on deny.</summary>
    public bool FailOnDeny { get; init; } = true;

    /// <summary>Record the decision in the ledger.</summary>
    public bool Record { get; init; } = true;

    /// <summary><c>gate</c> or <c>pull-request</c>.</summary>
    public string Mode { get; init; } = "gate";

    /// <summary>The signing key variable.</summary>
    public const string SigningKeyVariable = "GOVERNANCE_SIGNING_KEY";

    /// <summary>Reads and validates the inputs.</summary>
    public static ActionInputs Read(HostContext context)
    {
        var mode = context.Env("GOVERNANCE_MODE")?.Trim() ?? "gate";
        if (mode is not ("gate" or "pull-request"))
        {
            throw new WorkflowException($"input mode: '{mode}' is not one of gate, pull-request");
        }

        return new ActionInputs
        {
            Policies = List(context, "GOVERNANCE_POLICY") is { Count: > 0 } policies ? policies : throw Missing("policy"),
            PolicyRef = Text(context, "GOVERNANCE_POLICY_REF"),
            Model = context.Env("GOVERNANCE_MODEL")?.Trim() ?? throw Missing("model"),
            Digest = context.Env("GOVERNANCE_DIGEST")?.Trim() ?? throw Missing("digest"),
            Environment = context.Env("GOVERNANCE_ENVIRONMENT")?.Trim() ?? throw Missing("environment"),
            Evidence = List(context, "GOVERNANCE_EVIDENCE"),
            HasSigningKey = context.Env(SigningKeyVariable) is { } key && key.Trim().Length > 0,
            FailOnDeny = Flag(context, "GOVERNANCE_FAIL_ON_DENY", "fail-on-deny"),
            Record = Flag(context, "GOVERNANCE_RECORD", "record"),
            Mode = mode,
            TrustRef = Text(context, "GOVERNANCE_TRUST_REF"),
            RequireSigned = Flag(context, "GOVERNANCE_REQUIRE_SIGNED", "require-signed"),
            TrustedCheckpoint = Text(context, "GOVERNANCE_TRUSTED_CHECKPOINT"),
            Explain = Flag(context, "GOVERNANCE_EXPLAIN", "explain", defaultValue: false),
            SarifPath = Text(context, "GOVERNANCE_SARIF_PATH"),
            JsonPath = Text(context, "GOVERNANCE_JSON_PATH"),
        };
    }

    private static List<string> List(HostContext context, string name) =>
        [.. (context.Env(name) ?? "").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A text input; empty (the composite passes unset inputs as empty strings) is null.</summary>
    private static string? Text(HostContext context, string name) => context.Env(name)?.Trim() is { Length: > 0 } value ? value : null;

    private static bool Flag(HostContext context, string name, string input, bool defaultValue = true) => context.Env(name)?.Trim().ToLowerInvariant() switch
    {
        null or "" => defaultValue,
        "true" => true,
        "false" => false,
        var other => throw new WorkflowException($"input {input}: '{other}' is not true or false"),
    };

    private static WorkflowException Missing(string input) => new($"input {input} is required");
}
