namespace Governance.Workflows.Check;

/// <summary>The parsed options of <c>govern check</c>.</summary>
public sealed record CheckOptions
{
    /// <summary>Policy files or directories.</summary>
    public required IReadOnlyList<string> Policies { get; init; }

    /// <summary>The trusted ref to read policies from, or null for the working tree.</summary>
    public string? PolicyRef { get; init; }

    /// <summary>The model name.</summary>
    public required string Model { get; init; }

    /// <summary>The model digest text as given.</summary>
    public required string Digest { get; init; }

    /// <summary>The target environment.</summary>
    public required string Environment { get; init; }

    /// <summary>The commit being gated, when given.</summary>
    public string? Commit { get; init; }

    /// <summary>Evidence files.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The repository holding the ledger.</summary>
    public string? Repository { get; init; }

    /// <summary>The recorder key (PEM) used to sign the decision entry.</summary>
    public string? Key { get; init; }

    /// <summary>text, json, markdown or sarif.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Also write the report to this file.</summary>
    public string? OutputFile { get; init; }

    /// <summary>Show operand values and every considered item.</summary>
    public bool Explain { get; init; }

    /// <summary>Do not append a decision entry to the ledger.</summary>
    public bool NoRecord { get; init; }

    /// <summary>A run where no policy applied is an error (exit 2).</summary>
    public bool RequirePolicy { get; init; } = true;

    /// <summary>Refuse unsigned evidence for enforced rules.</summary>
    public bool RequireSigned { get; init; }

    /// <summary>Collect pull-request approvals from GitHub (<c>--github</c>); on Actions with a token only.</summary>
    public bool GitHub { get; init; }

    /// <summary>Pull-request mode: post <c>governance/&lt;policy&gt;</c> statuses and keep one PR comment up to date.</summary>
    public bool PullRequest { get; init; }

    /// <summary>A deny exits 1 (default); false exits 0 and leaves the verdict to the <c>decision</c> output.</summary>
    public bool FailOnDeny { get; init; } = true;

    /// <summary>Set by <c>govern github protection-rule</c>: answer the deployment's protection rule with the verdict.</summary>
    public bool ProtectionRule { get; init; }

    /// <summary>The ref whose .governance/allowed_signers and principals.yaml are trusted.</summary>
    public string? TrustRef { get; init; }

    /// <summary>An explicit allowed_signers file.</summary>
    public string? AllowedSigners { get; init; }

    /// <summary>An explicit principals.yaml.</summary>
    public string? Principals { get; init; }

    /// <summary>The text of a checkpoint saved earlier: the ledger must be consistent with it (rollback defence).</summary>
    public string? TrustedCheckpoint { get; init; }

    /// <summary>Where <see cref="TrustedCheckpoint"/> came from, for messages.</summary>
    public string? TrustedCheckpointSource { get; init; }

    /// <summary>The change's author (a login or principal), overriding every other source (<c>--author</c>).</summary>
    public string? Author { get; init; }

    /// <summary>The deployer (a login or principal), overriding every other source (<c>--deployer</c>).</summary>
    public string? Deployer { get; init; }

    /// <summary>Lines every output format shows (e.g. that require-signed was turned off).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Further reports to write: format and path (the action's <c>sarif-path</c> and <c>json-path</c>).</summary>
    public IReadOnlyList<(string Format, string Path)> ExtraReports { get; init; } = [];
}
