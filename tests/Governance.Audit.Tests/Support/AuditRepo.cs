using System.Text.Json.Nodes;
using Governance.Testing.Files;
using Governance.Testing.Git;
using Governance.Testing.Trust;

namespace Governance.Audit.Tests.Support;

/// <summary>
/// A temporary repository with trust v2 roles (a recorder key; person keys for alice and release), the reference
/// evidence recorded and one decision checked. The evidence file's unsigned model-card attestation is replaced by one
/// release@acme.example signs (a relayed attestation no longer satisfies a rule's <c>signers:</c>), so the ledger still
/// holds 16 evidence entries and the decision is entry 17.
/// </summary>
internal sealed class AuditRepo : IDisposable
{
    private readonly TrustedRepository _trusted;

    private AuditRepo(TrustedRepository trusted) => _trusted = trusted;

    public TempGitRepository Repo => _trusted.Repo;

    public string Path => Repo.Path;

    /// <summary>Creates the repository; <paramref name="origin"/> sets governance.origin (the ledger's checkpoint origin).</summary>
    public static AuditRepo Create(string? origin = null, bool withDecision = true, bool withEvidence = true)
    {
        var audit = new AuditRepo(TrustedRepository.Create(
            [
                TrustedPrincipal.RecorderKey("recorder", "recorder@acme.example"),
                TrustedPrincipal.Person("alice", "alice@acme.example", "acme/ml-governance"),
                TrustedPrincipal.KeyOnly("release", "release@acme.example"),
            ],
            ignore: ["*.zip", "*.html", "*.checkpoint", "ctx.json", "evidence.json"],
            copy: ["policies"]));
        var repo = audit.Repo;
        if (origin is not null)
        {
            repo.GitOut("config", "governance.origin", origin);
        }

        if (!withEvidence)
        {
            return audit;
        }

        var evidence = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("examples", "evidence", "allow.json")))!.AsObject();
        var attestation = evidence["attestations"]!.AsArray().Single()!.AsObject();
        evidence["attestations"] = new JsonArray();
        File.WriteAllText(audit.File_("evidence.json"), evidence.ToJsonString());
        var recorded = audit.Govern("record", "--from-evidence", "evidence.json", "--key", "keys/recorder.pem");
        Assert.True(recorded.Exit == 0, recorded.Output + recorded.Error);
        var attested = audit.Govern("record", "attestation", "--key", "keys/release.pem", "--recorder-key", "keys/recorder.pem",
            "--digest", attestation["digest"]!.GetValue<string>(), "--payload", new JsonObject
            {
                ["predicateType"] = attestation["predicateType"]!.GetValue<string>(), ["signer"] = "release@acme.example", ["digest"] = attestation["digest"]!.GetValue<string>(),
            }.ToJsonString());
        Assert.True(attested.Exit == 0, attested.Output + attested.Error);
        if (withDecision)
        {
            File.WriteAllText(System.IO.Path.Combine(repo.Path, "ctx.json"),
                "{\"context\":{\"commit\":\"9f1c2ab7d4e5f60718293a4b5c6d7e8f90a1b2c3\",\"author\":\"dave\",\"deployer\":\"erin\",\"time\":\"2026-11-22T09:00:00Z\",\"labels\":{}}}");
            var check = audit.Govern("check", "--policy", "policies/production-llm.yaml", "--model", "support-bot-v3", "--digest", Support.Govern.Digest,
                "--environment", "production", "--evidence", "ctx.json", "--key", "keys/recorder.pem");
            Assert.True(check.Exit == 0, check.Output + check.Error);
        }

        return audit;
    }

    public GovernResult Govern(params string[] args) => Support.Govern.RunIn(Path, args);

    public string File_(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => _trusted.Dispose();
}
