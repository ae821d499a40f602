using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Ledger;

/// <summary>A temporary repository with a trusted recorder key, two approver keys and the reference policies committed.</summary>
internal sealed class LedgerRepo : IDisposable
{
    private LedgerRepo(TempGitRepository repo) => Repo = repo;

    public TempGitRepository Repo { get; }

    public string Path => Repo.Path;

    public static LedgerRepo Create(bool recorderIsTrustedToVouch = true)
    {
        var repo = TempGitRepository.Create();
        var ledger = new LedgerRepo(repo);
        Directory.CreateDirectory(System.IO.Path.Combine(repo.Path, ".governance"));
        var lines = new List<string>();
        foreach (var (file, principal) in new[] { ("recorder", "recorder@acme.example"), ("alice", "alice@acme.example"), ("bob", "bob@acme.example"), ("rita", "rita@acme.example"), ("release", "release@acme.example") })
        {
            var generated = ledger.Govern("keys", "generate", "--out", $"keys/{file}.pem", "--principal", principal, "--role", file == "recorder" ? "recorder" : "person");
            Assert.Equal(0, generated.Exit);
            lines.Add(generated.Output.Trim());
        }

        File.WriteAllText(System.IO.Path.Combine(repo.Path, ".governance", "allowed_signers"), string.Join('\n', lines) + "\n");
        File.WriteAllText(System.IO.Path.Combine(repo.Path, ".governance", "principals.yaml"), $"""
            principals:
              recorder@acme.example: {(recorderIsTrustedToVouch ? "{ recorder: true }" : "{ teams: [] }")}
              alice@acme.example: {"{ teams: [acme/ml-governance] }"}
              bob@acme.example: {"{ teams: [acme/ml-governance] }"}
              rita@acme.example: {"{ teams: [acme/risk-committee] }"}
              release@acme.example: {"{ teams: [acme/release] }"}
            """);
        File.WriteAllText(System.IO.Path.Combine(repo.Path, ".gitignore"), "keys/\n");
        CopyDirectory(RepositoryRoot.Combine("policies"), System.IO.Path.Combine(repo.Path, "policies"));
        repo.GitOut("add", ".");
        repo.GitOut("commit", "-q", "-m", "trust and policies");
        return ledger;
    }

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

    public void Dispose() => Repo.Dispose();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
