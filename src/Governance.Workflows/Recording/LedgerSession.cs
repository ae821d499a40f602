using Governance.Workflows.Hosting;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Ledger.Verification;
using Governance.Ledger.Writing;

namespace Governance.Workflows.Recording;

/// <summary>An open ledger with the recorder key and trust a writing command needs; dispose to release the repository.</summary>
internal sealed class LedgerSession : IDisposable
{
    private readonly TimeProvider _time;

    private LedgerSession(LedgerStore store, KeyPair key, LedgerTrust trust, EntryActor actor, TimeProvider time)
    {
        Store = store;
        Key = key;
        Trust = trust;
        Actor = actor;
        _time = time;
    }

    /// <summary>The store.</summary>
    public LedgerStore Store { get; }

    /// <summary>The recorder key that signs commits and checkpoints.</summary>
    public KeyPair Key { get; }

    /// <summary>Trusted signers and principals.</summary>
    public LedgerTrust Trust { get; }

    /// <summary>Who records: the key's principal, with the workflow run when on GitHub Actions.</summary>
    public EntryActor Actor { get; }

    /// <summary>The key's principal.</summary>
    public string Principal => Actor.Name;

    /// <summary>The person whose key signs this command's statements (approve, waive, attest, flag), when not the recorder.</summary>
    public PersonSigner? Person { get; private init; }

    /// <summary>Opens the ledger for writing; the key must be a trusted recorder, or recording would produce an unverifiable ledger.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="target">The repository and trust sources.</param>
    /// <param name="keyPath">The recorder key.</param>
    /// <param name="trust">Trust already loaded by this command, so it is not read from git twice.</param>
    public static LedgerSession Open(HostContext context, LedgerTarget target, string? keyPath, LedgerTrust? trust = null)
    {
        if (keyPath is null)
        {
            throw new WorkflowException("recording needs a signing key: pass --key <pem> (create one with 'govern keys generate')");
        }

        var key = KeyFiles.Load(context.Resolve(keyPath), keyPath);
        trust ??= PrincipalsFile.LoadTrust(target);
        var now = context.Time.GetUtcNow();
        string principal;
        try
        {
            principal = trust.Signers.RecorderOf(key.PublicKey, now) ?? throw new WorkflowException(TrustHints.NotARecorder(keyPath, key.PublicKey, trust, now));
        }
        catch
        {
            key.Dispose();
            throw;
        }

        var run = context.Env("GITHUB_RUN_ID") is { } id ? $"{context.Env("GITHUB_SERVER_URL") ?? "https://github.com"}/{context.Env("GITHUB_REPOSITORY")}/actions/runs/{id}" : null;
        var actor = new EntryActor(principal, run, context.Env("GITHUB_WORKFLOW"));
        return new LedgerSession(OpenStore(target.Repository, context.Time), key, trust, actor, context.Time);
    }

    /// <summary>
    /// Opens the ledger for a record either a recorder makes (when <paramref name="keyPath"/> is a recorder key) or a
    /// person signs (otherwise; then <paramref name="recorderKeyPath"/> or <c>GOVERN_RECORDER_KEY</c> writes the commit).
    /// </summary>
    public static LedgerSession OpenEither(HostContext context, LedgerTarget target, string? keyPath, string? recorderKeyPath)
    {
        if (keyPath is null)
        {
            return Open(context, target, keyPath);
        }

        var trust = PrincipalsFile.LoadTrust(target);
        using (var probe = KeyFiles.Load(context.Resolve(keyPath), keyPath))
        {
            if (trust.Signers.RecorderOf(probe.PublicKey, context.Time.GetUtcNow()) is not null)
            {
                return Open(context, target, keyPath, trust);
            }
        }

        return OpenForPerson(context, target, keyPath, recorderKeyPath);
    }

    /// <summary>
    /// Opens the ledger for a record a person signs: <paramref name="personKeyPath"/> signs the statement and the
    /// recorder key (<c>--recorder-key</c>, else <c>GOVERN_RECORDER_KEY</c>) writes the commit. A key that is both a
    /// recorder and allowed to sign statements may do both.
    /// </summary>
    /// <remarks><paramref name="sshKeyPath"/> (<c>--ssh-key</c>), when given instead, signs the statement through ssh-keygen.</remarks>
    public static LedgerSession OpenForPerson(HostContext context, LedgerTarget target, string? personKeyPath, string? recorderKeyPath, string? sshKeyPath = null)
    {
        if (personKeyPath is not null && sshKeyPath is not null)
        {
            throw new WorkflowException("pass either --key <your pem> or --ssh-key <your ssh key>, not both");
        }

        if (personKeyPath is null && sshKeyPath is null)
        {
            throw new WorkflowException("this record is signed by a person: pass --key <your pem> (create one with 'govern keys generate --role person') or --ssh-key <your ssh key>");
        }

        var trust = PrincipalsFile.LoadTrust(target);
        var recorderPath = recorderKeyPath ?? context.Env("GOVERN_RECORDER_KEY");
        var person = sshKeyPath is not null ? PersonSigner.LoadSsh(context, sshKeyPath, trust) : PersonSigner.Load(context, personKeyPath!, trust);
        personKeyPath ??= sshKeyPath!;
        try
        {
            if (recorderPath is null && (person.Key is null || trust.Signers.RecorderOf(person.PublicKey, context.Time.GetUtcNow()) is null))
            {
                throw new WorkflowException($"{personKeyPath}: {person.Principal} signs the statement, but only a recorder key writes ledger commits: pass --recorder-key <pem> (or set GOVERN_RECORDER_KEY)");
            }

            var session = Open(context, target, recorderPath ?? personKeyPath, trust);
            return new LedgerSession(session.Store, session.Key, trust, session.Actor, context.Time) { Person = person };
        }
        catch
        {
            person.Dispose();
            throw;
        }
    }

    /// <summary>Opens the store alone (reading commands), with clear errors for a missing repository.</summary>
    public static LedgerStore OpenStore(string repository, TimeProvider time)
    {
        GitRepositoryGuard.Require(repository, fromRepoOption: false);
        try
        {
            return new LedgerStore(repository, new LedgerOptions(Origin: OriginOf(repository)), time);
        }
        catch (Exception ex) when (ex.GetType().Namespace == "LibGit2Sharp" || ex is DllNotFoundException)
        {
            throw new WorkflowException($"{repository}: cannot open the git repository ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Appends drafts as one batch, signed by the recorder key, after running the verifier's checks on exactly what is
    /// written under the trust it will be verified with; a batch verify would reject is never published.
    /// </summary>
    public IReadOnlyList<AppendedEntry> Append(IReadOnlyList<EntryDraft> drafts)
    {
        try
        {
            return Store.Append(drafts, Key, new AppendPreflight(Trust.Signers, new LedgerVerifierOptions { Clock = _time }));
        }
        catch (AppendRejectedException ex)
        {
            throw new WorkflowException(TrustHints.Rejected(ex, this));
        }
        catch (ArgumentException ex)
        {
            throw new WorkflowException($"entry rejected: {ex.Message}");
        }
        catch (LedgerConflictException ex)
        {
            throw new WorkflowException($"could not append: {ex.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Store.Dispose();
        Key.Dispose();
        Person?.Dispose();
    }

    private static string OriginOf(string repository)
    {
        try
        {
            var configured = GitCli.RunText(repository, "config", "--get", "governance.origin");
            return configured.Length > 0 ? configured : LedgerDefaults.Origin;
        }
        catch (WorkflowException)
        {
            return LedgerDefaults.Origin;
        }
    }
}
