using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Audit.Tests.Support;

/// <summary>A temporary repository with a trusted recorder and approver keys, the reference evidence recorded and one decision checked.</summary>
internal sealed class AuditRepo : IDisposable
{
    private AuditRepo(TempGitRepository repo) => Repo = repo;

    public TempGitRepository Repo { get; }

    public string Path => Repo.Path;

    /// <summary>Creates the repository; <paramref name="origin"/> sets governance.origin (the ledger's checkpoint origin).</summary>
    public static AuditRepo Create(string? origin = null, bool withDecision = true, bool withEvidence = true)
    {
        var repo = TempGitRepository.Create();
        var audit = new AuditRepo(repo);
        if (origin is not null)
        {
            repo.GitOut("config", "governance.origin", origin);
        }

        Directory.CreateDirectory(System.IO.Path.Combine(repo.Path, ".governance"));
        var lines = new List<string>();
        foreach (var (file, principal, role) in new[] { ("recorder", "recorder@acme.example", "recorder"), ("alice", "alice@acme.example", "person") })
        {
            var generated = audit.Govern("keys", "generate", "--out", $"keys/{file}.pem", "--principal", principal);
            Assert.Equal(0, generated.Exit);
            lines.Add(generated.Output.Trim());
        }

        File.WriteAllText(System.IO.Path.Combine(repo.Path, ".governance", "allowed_signers"), string.Join('\n', lines) + "\n");
        File.WriteAllText(System.IO.Path.Combine(repo.Path, ".governance", "principals.yaml"),
            "principals:\n  recorder@acme.example: { recorder: true }\n  alice@acme.example: { teams: [acme/ml-governance] }\n");
        File.WriteAllText(System.IO.Path.Combine(repo.Path, ".gitignore"), "keys/\n*.zip\n*.html\n*.checkpoint\nctx.json\n");
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("policies"), "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(repo.Path, "policies", System.IO.Path.GetRelativePath(RepositoryRoot.Combine("policies"), file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        repo.GitOut("add", ".");
        repo.GitOut("commit", "-q", "-m", "trust and policies");
        if (!withEvidence)
        {
            return audit;
        }

        Assert.Equal(0, audit.Govern("record", "--from-evidence", RepositoryRoot.Combine("examples", "evidence", "allow.json"), "--key", "keys/recorder.pem").Exit);
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

    public void Dispose() => Repo.Dispose();
}
