using Governance.Policies.Diagnostics;
using Governance.Policies.Evidence;
using Governance.Policies.Loading;
using Governance.Policies.Schema;
using Governance.Policies.Tests.Loading;
using Governance.Policies.Tests.Support;
using Governance.Policies.Yaml;

namespace Governance.Policies.Tests.Schema;

/// <summary>The hand-written loaders and the published JSON Schemas must accept and reject the same documents.</summary>
public sealed class SchemaLoaderAgreementTests
{
    public static TheoryData<string> PolicyCorpus()
    {
        var data = new TheoryData<string>
        {
            Samples.DesignPolicy,
            Samples.Minimal(),
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a, owners: [] }\nspec:\n  appliesTo: {}\n  rules:\n    - { id: a, provenance: {}, requireSigned: true, description: d }\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a }\nspec:\n  rules:\n    - { id: a, approvals: { min: 1, from: {}, allowStale: true } }\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a }\nspec:\n  rules:\n    - { id: a, evaluation: { metric: m, min: 1, higherIsBetter: false } }\n  waivers: { approvers: {}, maxDuration: 30m }\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a }\nspec:\n  rules:\n    - { id: a, expression: x, mode: enforce }\nspec2: 1\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: '' }\nspec:\n  rules:\n    - { id: a, expression: x }\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a, description: null }\nspec:\n  rules:\n    - { id: a, expression: x }\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a }\nspec:\n  rules:\n    - { id: a, attestation: { predicateType: p, signers: [''] } }\n",
            "apiVersion: governance/v1\nkind: DeploymentPolicy\nmetadata: { name: a }\nspec: { rules: [ { id: a-, expression: x } ] }\n",
        };
        foreach (var row in PolicyLoaderErrorTests.Broken)
        {
            data.Add((string)row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyCorpus))]
    public void ValidatePolicy_Corpus_AgreesWithLoader(string text)
    {
        var parse = new List<Diagnostic>();
        var root = YamlDocumentReader.Parse("p.yaml", Samples.Bytes(text), parse);
        if (root is null)
        {
            return; // not a YAML document at all: neither validator sees it
        }

        var loader = PolicyLoader.Parse("p.yaml", Samples.Bytes(text));
        if (loader.Diagnostics.Count > 0 && loader.Diagnostics.All(d => d.Message.StartsWith("duplicate rule id", StringComparison.Ordinal)))
        {
            return; // unique ids across list items are beyond JSON Schema; the loader rejects them in every command
        }

        var schema = SchemaValidator.ValidatePolicy(root, "p.yaml");
        Assert.True(loader.Succeeded == (schema.Count == 0),
            $"loader {(loader.Succeeded ? "accepts" : "rejects")}, schema {(schema.Count == 0 ? "accepts" : "rejects")}:\n"
            + string.Join("\n", loader.Diagnostics.Concat(schema)));
        if (!loader.Succeeded)
        {
            var loaderLines = loader.Diagnostics.Select(d => d.Location!.Line).ToHashSet();
            // Same line, except that the schema reports a second requirement kind at the rule, the loader at the second key.
            Assert.Contains(schema, d => loaderLines.Contains(d.Location!.Line) || d.Message.StartsWith("rule must have exactly one", StringComparison.Ordinal));
        }
    }

    public static TheoryData<string> EvidenceCorpus() => new()
    {
        Samples.FullEvidence,
        "{}",
        """{"approvals": [{"approver": "a", "time": "2026-11-22T09:00:00"}]}""",
        """{"approvals": [{"approver": "a", "tiem": "2026-11-22T09:00:00Z"}]}""",
        """{"evaluations": [{"metric": "m", "value": "high", "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-22T09:00:00Z"}]}""",
        """{"datasets": [{"id": "d", "digest": "sha256:ABC", "registered": "2026-11-22T09:00:00Z"}]}""",
        """{"context": {"labels": {"size": 3}}}""",
        """{"context": {"time": "2026-11-22T09:00:00+01:00", "labels": {}}}""",
        """{"approvals": [{"approver": "a", "time": "2026-11-22T09:00:00Z", "state": "ok"}]}""",
        """{"waivers": [{"rules": [], "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "approver": "r", "reason": "x", "granted": "2026-11-22T09:00:00Z", "expires": "2026-11-23T09:00:00Z"}]}""",
        """{"flags": [{"dataset": "d", "reason": "r", "time": "2026-11-22T09:00:00Z", "cleared": "2026-11-23T09:00:00Z"}]}""",
        """{"training": [{"stage": "sft", "inputs": "d", "output": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "time": "2026-11-22T09:00:00Z"}]}""",
    };

    [Theory]
    [MemberData(nameof(EvidenceCorpus))]
    public void ValidateEvidence_Corpus_AgreesWithLoader(string json)
    {
        var root = YamlDocumentReader.Parse("e.json", Samples.Bytes(json), [])!;
        var loader = EvidenceLoader.Parse("e.json", Samples.Bytes(json));
        var schema = SchemaValidator.ValidateEvidence(root, "e.json");
        Assert.True(loader.Succeeded == (schema.Count == 0),
            $"loader {(loader.Succeeded ? "accepts" : "rejects")}, schema {(schema.Count == 0 ? "accepts" : "rejects")}:\n"
            + string.Join("\n", loader.Diagnostics.Concat(schema)));
    }

    [Fact]
    public void PolicySchemaJson_IsEmbeddedDraft07WithId()
    {
        Assert.Contains("\"$id\": \"https://governance.dev/schema/v1/policy.schema.json\"", PolicySchemas.PolicySchemaJson, StringComparison.Ordinal);
        Assert.Contains("draft-07", PolicySchemas.EvidenceSchemaJson, StringComparison.Ordinal);
    }
}
