using Governance.Cli.Infrastructure;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Cli.Ledger;

/// <summary>An open ledger with the recorder key and trust a writing command needs; dispose to release the repository.</summary>
public sealed class LedgerSession : IDisposable
{
    private LedgerSession(LedgerStore store, KeyPair key, LedgerTrust trust, EntryActor actor)
    {
        Store = store;
        Key = key;
        Trust = trust;
        Actor = actor;
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

    /// <summary>Opens the ledger for writing; the key must be a trusted signer, or recording would produce an unverifiable ledger.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="target">The repository and trust sources.</param>
    /// <param name="keyPath">The recorder key.</param>
    /// <param name="trust">Trust already loaded by this command, so it is not read from git twice.</param>
    public static LedgerSession Open(CliContext context, LedgerTarget target, string? keyPath, LedgerTrust? trust = null)
    {
        if (keyPath is null)
        {
            throw new CliException("recording needs a signing key: pass --key <pem> (create one with 'govern keys generate')");
        }

        var key = KeyFiles.Load(context, keyPath);
        trust ??= TrustLoader.Load(target);
        var now = context.Time.GetUtcNow();
        var principal = trust.PrincipalOf(key.PublicKey, TrustStore.GitNamespace, now)
            ?? throw new CliException($"{keyPath}: key {key.PublicKey.Fingerprint} is not a trusted signer in {trust.Source} (namespace \"git\"); add its allowed_signers line there first");
        var run = context.Env("GITHUB_RUN_ID") is { } id ? $"{context.Env("GITHUB_SERVER_URL") ?? "https://github.com"}/{context.Env("GITHUB_REPOSITORY")}/actions/runs/{id}" : null;
        var actor = new EntryActor(principal, run, context.Env("GITHUB_WORKFLOW"));
        return new LedgerSession(OpenStore(target.Repository, context.Time), key, trust, actor);
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
            throw new CliException($"{repository}: cannot open the git repository ({ex.Message})", ex);
        }
    }

    /// <summary>Appends drafts as one batch, signed by the recorder key.</summary>
    public IReadOnlyList<AppendedEntry> Append(IReadOnlyList<EntryDraft> drafts)
    {
        try
        {
            return Store.Append(drafts, Key);
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"entry rejected: {ex.Message}");
        }
        catch (LedgerConflictException ex)
        {
            throw new CliException($"could not append: {ex.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Store.Dispose();
        Key.Dispose();
    }

    private static string OriginOf(string repository)
    {
        try
        {
            var configured = GitCli.RunText(repository, "config", "--get", "governance.origin");
            return configured.Length > 0 ? configured : LedgerDefaults.Origin;
        }
        catch (CliException)
        {
            return LedgerDefaults.Origin;
        }
    }
}
