using Governance.Testing.Git;
using Governance.Testing.Trust;

namespace Governance.Cli.Tests.Ledger;

/// <summary>A temporary repository with a trusted recorder key, two approver keys and the reference policies committed.</summary>
internal sealed class LedgerRepo : IDisposable
{
    private readonly TrustedRepository _trusted;

    private LedgerRepo(TrustedRepository trusted) => _trusted = trusted;

    public TempGitRepository Repo => _trusted.Repo;

    public string Path => Repo.Path;

    public static LedgerRepo Create(bool recorderIsTrustedToVouch = true) => new(TrustedRepository.Create(
        [
            recorderIsTrustedToVouch
                ? TrustedPrincipal.RecorderKey("recorder", "recorder@acme.example")
                : new TrustedPrincipal("recorder", "recorder@acme.example", Recorder: true, "{ teams: [] }"),
            TrustedPrincipal.Person("alice", "alice@acme.example", "acme/ml-governance"),
            TrustedPrincipal.Person("bob", "bob@acme.example", "acme/ml-governance"),
            TrustedPrincipal.Person("rita", "rita@acme.example", "acme/risk-committee"),
            TrustedPrincipal.Person("release", "release@acme.example", "acme/release"),
        ],
        copy: ["policies"]));

    public GovernResult Govern(params string[] args) => Tests.Govern.RunIn(Path, args);

    /// <summary>
    /// release@acme.example signs the model card attestation the reference policy requires (a relayed evidence file's
    /// attestation names release but is signed by nobody, so it does not count from the ledger).
    /// </summary>
    public GovernResult AttestModelCard() => Govern("record", "attestation", "--key", "keys/release.pem", "--recorder-key", "keys/recorder.pem", "--digest", Tests.Govern.Digest,
        "--payload", "{\"predicateType\":\"https://governance.dev/attestations/model-card/v1\",\"signer\":\"release@acme.example\",\"digest\":\"" + Tests.Govern.Digest + "\"}");

    /// <summary>Writes an evidence file holding only the decision context (author dave, deployer erin, 2026-11-22T09:00Z).</summary>
    public string Context(string labels = "{}") => Write("ctx.json",
        "{\"context\":{\"commit\":\"9f1c2ab7d4e5f60718293a4b5c6d7e8f90a1b2c3\",\"author\":\"dave\",\"deployer\":\"erin\",\"time\":\"2026-11-22T09:00:00Z\",\"labels\":" + labels + "}}");

    public string Write(string name, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, name), content);
        return name;
    }

    public string[] Check(params string[] extra) =>
        ["check", "--policy", "policies/production-llm.yaml", "--model", "support-bot-v3", "--digest", Tests.Govern.Digest, "--environment", "production", .. extra];

    public void Dispose() => _trusted.Dispose();
}
