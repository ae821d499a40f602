using Governance.Cli.Infrastructure;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Lifecycle;

/// <summary>
/// A real temporary git repository whose default branch trusts a recorder key (recorder@acme), two approvers
/// in acme/ml-governance (alice@acme, bob@acme) and a waiver approver in acme/risk-committee (risk@acme).
/// <see cref="Run"/> runs govern in it on a clock that advances one minute per command, so entries are ordered.
/// </summary>
internal sealed class GovernedRepo : IDisposable
{
    private readonly TempDirectory _keys = new();
    private DateTimeOffset _now = Some.Now;

    private GovernedRepo()
    {
        Git = TempGitRepository.Create();
        var signers = string.Join('\n', new[] { "recorder", "alice", "bob", "risk" }.Select(Generate));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, ".governance"));
        File.WriteAllText(System.IO.Path.Combine(Path, ".governance", "allowed_signers"), signers + "\n");
        File.WriteAllText(System.IO.Path.Combine(Path, ".governance", "principals.yaml"), """
            principals:
              recorder@acme: { recorder: true }
              alice@acme: { teams: [acme/ml-governance] }
              bob@acme: { teams: [acme/ml-governance] }
              risk@acme: { teams: [acme/risk-committee] }
            """);
        Git.Git("add", ".governance").EnsureSuccess("git add");
        Git.Git("commit", "-q", "-m", "trust").EnsureSuccess("git commit");
    }

    /// <summary>The repository.</summary>
    public TempGitRepository Git { get; }

    /// <summary>The work tree.</summary>
    public string Path => Git.Path;

    /// <summary>The clock the next command sees.</summary>
    public DateTimeOffset Now => _now;

    /// <summary>Creates the repository and keys.</summary>
    public static GovernedRepo Create() => new();

    /// <summary>The private key file of <paramref name="who"/> (recorder, alice, bob, risk).</summary>
    public string Key(string who) => System.IO.Path.Combine(_keys.Path, who + ".pem");

    /// <summary>A file in a scratch folder outside the repository.</summary>
    public string Scratch(string name, string content) => _keys.Write(name, content);

    /// <summary>Runs govern in the repository, then advances the clock a minute.</summary>
    public GovernResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        var context = new CliContext(output, error, environment, Path, new FixedClock(_now));
        var exit = GovernApp.Run(args, context);
        _now = _now.AddMinutes(1);
        return new GovernResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Commits a policy to the default branch (the trusted ref) and returns its repository path.</summary>
    public string CommitPolicy(string name, string yaml)
    {
        var relative = $"policies/{name}.yaml";
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "policies"));
        File.WriteAllText(System.IO.Path.Combine(Path, relative), yaml);
        Git.Git("add", relative).EnsureSuccess("git add");
        Git.Git("commit", "-q", "-m", "policy " + name).EnsureSuccess("git commit");
        return relative;
    }

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Runs govern and fails the test unless it exits 0.</summary>
    public string Ok(params string[] args)
    {
        var result = Run(args);
        Xunit.Assert.True(result.Exit == 0, $"govern {string.Join(' ', args)} exited {result.Exit}: {result.Error}{result.Output}");
        return result.Output;
    }

    /// <summary>Runs a recording command with the recorder key.</summary>
    public string Record(params string[] args) => Ok([.. args, "--key", Key("recorder")]);

    /// <summary>Environment variables the next commands see.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Dispose()
    {
        Git.Dispose();
        _keys.Dispose();
    }

    private string Generate(string who) => Ok("keys", "generate", "--out", Key(who), "--principal", who + "@acme", "--role", who == "recorder" ? "recorder" : "person").Trim();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
