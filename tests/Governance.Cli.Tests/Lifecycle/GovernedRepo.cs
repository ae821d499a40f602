using Governance.Workflows.Hosting;
using Governance.Testing.Builders;
using Governance.Testing.Files;
using Governance.Testing.Git;
using Governance.Testing.Time;
using Governance.Testing.Trust;

namespace Governance.Cli.Tests.Lifecycle;

/// <summary>
/// A real temporary git repository whose default branch trusts a recorder key (recorder@acme), two approvers
/// in acme/ml-governance (alice@acme, bob@acme) and a waiver approver in acme/risk-committee (risk@acme).
/// <see cref="Run"/> runs govern in it on a clock that advances one minute per command, so entries are ordered.
/// </summary>
internal sealed class GovernedRepo : IDisposable
{
    private readonly TempDirectory _scratch = new();
    private readonly TrustedRepository _trusted = TrustedRepository.Create(
        [
            TrustedPrincipal.RecorderKey("recorder", "recorder@acme"),
            TrustedPrincipal.Person("alice", "alice@acme", "acme/ml-governance"),
            TrustedPrincipal.Person("bob", "bob@acme", "acme/ml-governance"),
            TrustedPrincipal.Person("risk", "risk@acme", "acme/risk-committee"),
        ],
        keysInRepository: false);

    // Four minutes on: the clock the first commands saw when the four keys were made with 'govern keys generate' here.
    private DateTimeOffset _now = Some.Now.AddMinutes(4);

    private GovernedRepo()
    {
    }

    /// <summary>The repository.</summary>
    public TempGitRepository Git => _trusted.Repo;

    /// <summary>The work tree.</summary>
    public string Path => Git.Path;

    /// <summary>The clock the next command sees.</summary>
    public DateTimeOffset Now => _now;

    /// <summary>Creates the repository and keys.</summary>
    public static GovernedRepo Create() => new();

    /// <summary>The private key file of <paramref name="who"/> (recorder, alice, bob, risk).</summary>
    public string Key(string who) => _trusted.Key(who);

    /// <summary>A file in a scratch folder outside the repository.</summary>
    public string Scratch(string name, string content) => _scratch.Write(name, content);

    /// <summary>Runs govern in the repository, then advances the clock a minute.</summary>
    public GovernResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        var context = new HostContext(output, error, environment, Path, new FixedClock(_now));
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
        _trusted.Dispose();
        _scratch.Dispose();
    }
}
