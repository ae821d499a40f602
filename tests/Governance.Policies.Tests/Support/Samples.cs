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

    /// <summary>An evidence file with one item of every kind (JSON).</summary>
    public const string FullEvidence = """
        {
          "context": { "commit": "9f1c2e", "author": "dave", "deployer": "erin", "time": "2026-11-22T09:00:00Z", "labels": { "size": "xl" } },
          "approvals": [
            { "approver": "alice", "teams": ["acme/ml-governance"], "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-21T09:00:00Z" },
            { "approver": "bob", "commit": "9f1c2e", "time": "2026-11-21T10:00:00+02:00", "state": "changes_requested" }
          ],
          "evaluations": [{ "metric": "toxicity_rate", "value": 0.004, "dataset": "realtoxicityprompts", "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-20T09:00:00Z" }],
          "attestations": [{ "predicateType": "https://governance.dev/attestations/model-card/v1", "signer": "release@acme.example", "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-20T09:00:00Z" }],
          "datasets": [{ "id": "ds:support-2026-05", "digest": "sha256:2222222222222222222222222222222222222222222222222222222222222222", "registered": "2026-05-01T00:00:00Z" }],
          "training": [{ "stage": "sft", "inputs": ["ds:support-2026-05", "sha256:3333333333333333333333333333333333333333333333333333333333333333"], "output": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-01T00:00:00Z" }],
          "flags": [{ "dataset": "ds:forum-2023", "reason": "PII", "time": "2026-10-01T00:00:00Z" }],
          "waivers": [{ "rules": ["toxicity"], "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "approver": "rita", "teams": ["acme/risk-committee"], "reason": "hotfix", "granted": "2026-11-21T00:00:00Z", "expires": "2026-11-28T00:00:00Z" }],
          "deployments": [{ "environment": "production", "model": "support-bot", "digest": "sha256:4444444444444444444444444444444444444444444444444444444444444444", "time": "2026-10-15T00:00:00Z" }]
        }

        """;
}
