using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Testing.Trust;

/// <summary>
/// A temporary git repository whose default branch (<c>main</c>) trusts a set of principals: a key each
/// (<see cref="TestKey"/>), <c>.governance/allowed_signers</c> and <c>.governance/principals.yaml</c> committed.
/// Keys live in the repository's git-ignored <c>keys/</c> folder, or outside it in a scratch folder.
/// </summary>
public sealed class TrustedRepository : IDisposable
{
    private readonly TempDirectory? _outside;
    private readonly string _keys;

    private TrustedRepository(TempGitRepository repo, bool keysInRepository)
    {
        Repo = repo;
        _outside = keysInRepository ? null : new TempDirectory();
        _keys = _outside?.Path ?? System.IO.Path.Combine(repo.Path, "keys");
    }

    /// <summary>The repository.</summary>
    public TempGitRepository Repo { get; }

    /// <summary>The work tree.</summary>
    public string Path => Repo.Path;

    /// <summary>
    /// Creates the repository and keys and commits the trust files (and the folders of this checkout named in
    /// <paramref name="copy"/>, e.g. <c>policies</c>) on <c>main</c>. <c>keys/</c> (with
    /// <paramref name="keysInRepository"/>) and <paramref name="ignore"/> go into <c>.gitignore</c>.
    /// </summary>
    public static TrustedRepository Create(
        IEnumerable<TrustedPrincipal> principals,
        bool keysInRepository = true,
        IEnumerable<string>? ignore = null,
        IEnumerable<string>? copy = null)
    {
        ArgumentNullException.ThrowIfNull(principals);
        var trusted = new TrustedRepository(TempGitRepository.Create(), keysInRepository);
        var list = principals.ToList();
        var signers = list.Select(p => TestKey.Generate(trusted.Key(p.KeyName), p.Principal, p.Recorder));
        trusted.Write(".governance/allowed_signers", string.Join('\n', signers) + "\n");
        trusted.Write(".governance/principals.yaml", "principals:\n" + string.Concat(list.Where(p => p.Entry is not null).Select(p => $"  {p.Principal}: {p.Entry}\n")));
        if (keysInRepository || ignore is not null)
        {
            trusted.Write(".gitignore", string.Concat((keysInRepository ? ["keys/"] : Array.Empty<string>()).Concat(ignore ?? []).Select(l => l + "\n")));
        }

        foreach (var folder in copy ?? [])
        {
            trusted.Copy(folder);
        }

        trusted.Repo.GitOut("add", ".");
        trusted.Repo.GitOut("commit", "-q", "-m", copy is null ? "trust" : "trust and policies");
        return trusted;
    }

    /// <summary>The private key file of <paramref name="keyName"/> (its public key is beside it as <c>.pub</c>).</summary>
    public string Key(string keyName) => System.IO.Path.Combine(_keys, keyName + ".pem");

    /// <summary>Writes a file in the work tree (creating folders; not committed) and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    // Copies a folder of this repository's checkout (e.g. policies) into the work tree.
    private void Copy(string folder)
    {
        var from = RepositoryRoot.Combine(folder);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, folder, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Repo.Dispose();
        _outside?.Dispose();
    }
}
