using System.Text;

namespace Governance.Policies.Tests.Support;

/// <summary>Policy and evidence texts shared by tests.</summary>
internal static class Samples
{
    public const string ModelDigest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

    /// <summary>DESIGN §3's example policy, including the C# <c>when</c> and <c>expression</c> rules.</summary>
    public const string DesignPolicy = """
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata:
          name: production-llm
          description: Gate for customer-facing LLM deployments
          owners: ["acme/ml-governance"]
        spec:
          appliesTo:                         # all present selectors must match; absent = any
            environments: [production]
            models: ["support-bot*"]         # glob on the model name
          rules:
            - id: two-governance-approvals   # unique, kebab-case; used in output, waivers and tests
              approvals:
                min: 2
                from: { teams: ["acme/ml-governance"], users: [] }   # either list may be empty, not both
                distinctFromAuthor: true     # default true: the change's author never counts
                distinctFromDeployer: true   # default true: the actor running the deployment never counts
                maxAge: 14d
            - id: toxicity
              evaluation: { metric: toxicity_rate, dataset: realtoxicityprompts, max: 0.01, maxAge: 30d }
            - id: accuracy-no-regression
              evaluation: { metric: accuracy, min: 0.85, noRegressionFrom: production, tolerance: 0.01 }
            - id: model-card
              attestation:
                predicateType: https://governance.dev/attestations/model-card/v1
                signers: ["release@acme.example"]          # principals in the trusted allowed_signers
            - id: clean-training-data
              provenance: { denyFlaggedSources: true, requireRegisteredDatasets: true }
            - id: xl-models-need-ciso
              when: 'Model.Labels["size"] == "xl"'         # optional C# condition: rule applies only if true
              approvals: { min: 1, from: { users: ["ciso"] } }
            - id: latency-budget
              expression: 'Evaluations.Latest("latency_p95_ms") < 800'   # C# boolean requirement
              mode: audit                                  # enforce (default) | audit: report, never block
          waivers:
            approvers: { teams: ["acme/risk-committee"] }
            maxDuration: 14d

        """;

    /// <summary>A minimal valid policy with one toxicity rule; <paramref name="name"/> sets metadata.name.</summary>
    public static string Minimal(string name = "minimal") => $"""
        apiVersion: governance/v1
        kind: DeploymentPolicy
        metadata:
          name: {name}
        spec:
          rules:
            - id: toxicity
              evaluation: {"{"} metric: toxicity_rate, max: 0.01 {"}"}

        """;

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
