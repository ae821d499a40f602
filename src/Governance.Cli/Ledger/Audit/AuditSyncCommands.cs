using System.CommandLine;
using System.Security.Cryptography;
using Governance.Cli.Infrastructure;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;

namespace Governance.Cli.Ledger.Audit;

/// <summary><c>govern audit push|pull</c>: move the ledger ref with the git CLI (which honours CI credentials).</summary>
internal static class AuditSyncCommands
{
    /// <summary>The environment variable holding the recorder key's PEM text (the action's <c>signing-key</c>).</summary>
    public const string KeyVariable = "GOVERNANCE_SIGNING_KEY";

    /// <summary><c>govern audit push</c>: pushes; if the remote moved, re-appends local-only entries on top (re-signed) and retries.</summary>
    public static Command Push(CliContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        Option<string> remote = new("--remote") { Description = "The remote", DefaultValueFactory = _ => "origin" };
        var key = RecordCommand.KeyOption();
        key.Description = $"Recorder key, needed only to rebase when the remote moved (or PEM text in ${KeyVariable})";
        var command = new Command("push", "Push the ledger; rebase local-only entries if the remote moved") { repo, remote, key };
        command.SetAction(parse =>
        {
            using var store = LedgerSession.OpenStore(context.Resolve(parse.GetValue(repo) ?? "."), context.Time);
            using var signer = Signer(context, parse.GetValue(key));
            try
            {
                var result = new LedgerSync(store, parse.GetValue(remote) ?? "origin").Push(signer);
                context.Output.WriteLine(result.Tip is null
                    ? "nothing to push: the ledger is empty"
                    : $"pushed ledger at {result.Tip[..12]} to {parse.GetValue(remote)}{(result.Rebased > 0 ? $" (rebased {result.Rebased} local entries onto the remote)" : "")}");
                return ExitCodes.Allow;
            }
            catch (Exception ex) when (ex is IOException or LedgerConflictException or InvalidOperationException)
            {
                throw new CliException($"push failed: {ex.Message}");
            }
        });
        return command;
    }

    /// <summary><c>govern audit pull</c>: fast-forwards the local ledger to the remote's.</summary>
    public static Command Pull(CliContext context)
    {
        Option<string?> repo = new("--repo") { Description = "Repository holding the ledger (default: current directory)" };
        Option<string> remote = new("--remote") { Description = "The remote", DefaultValueFactory = _ => "origin" };
        var command = new Command("pull", "Fetch the remote ledger and fast-forward to it") { repo, remote };
        command.SetAction(parse =>
        {
            using var store = LedgerSession.OpenStore(context.Resolve(parse.GetValue(repo) ?? "."), context.Time);
            try
            {
                if (!new LedgerSync(store, parse.GetValue(remote) ?? "origin").Pull())
                {
                    throw new CliException("the local ledger has entries the remote lacks and the remote moved: run 'govern audit push --key <pem>' to rebase them");
                }
            }
            catch (IOException ex)
            {
                throw new CliException($"pull failed: {ex.Message}");
            }

            context.Output.WriteLine($"ledger at entry {store.Tip?.Seq ?? 0}");
            return ExitCodes.Allow;
        });
        return command;
    }

    private static KeyPair Signer(CliContext context, string? keyPath)
    {
        if (keyPath is not null)
        {
            return KeyFiles.Load(context.Resolve(keyPath), keyPath);
        }

        if (context.Env(KeyVariable) is { } pem)
        {
            try
            {
                return KeyPair.FromPem(pem);
            }
            catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
            {
                throw new CliException($"${KeyVariable} does not hold a usable private key");
            }
        }

        throw new CliException($"push needs the recorder key to rebase if the remote moved: pass --key <pem> or set ${KeyVariable}");
    }
}
