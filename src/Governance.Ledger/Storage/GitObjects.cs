using System.Text;
using LibGit2Sharp;

namespace Governance.Ledger.Storage;

/// <summary>Object and ref access for one repository through LibGit2Sharp (not thread-safe: one instance per thread).</summary>
internal sealed class GitObjects : IDisposable
{
    private readonly Repository _repo;
    private PackWriter? _pack;
    private RawObjectReader? _raw;

    public GitObjects(string path)
    {
        LibGit2Native.EnsureLoaded();
        _repo = new Repository(path);
        GitDirectory = _repo.Info.Path;
        WorkingDirectory = _repo.Info.WorkingDirectory ?? _repo.Info.Path;
    }

    /// <summary>The .git folder.</summary>
    public string GitDirectory { get; }

    /// <summary>Where git CLI commands run.</summary>
    public string WorkingDirectory { get; }

    public string? ResolveRef(string name) => _repo.Refs[name]?.ResolveToDirectReference()?.TargetIdentifier;

    public string WriteBlob(byte[] content) => _pack?.Add(PackWriter.Blob, content) ?? _repo.ObjectDatabase.Write<Blob>(content).Sha;

    public string WriteCommit(byte[] content) => _pack?.Add(PackWriter.Commit, content) ?? _repo.ObjectDatabase.Write<Commit>(content).Sha;

    /// <summary>From now on, writes go to one packfile until <see cref="FlushPack"/>.</summary>
    public void BeginPack() => _pack = new PackWriter();

    /// <summary>Writes the pending packfile and its index (index last) and returns to loose writes.</summary>
    public void FlushPack()
    {
        var pack = _pack;
        _pack = null;
        try
        {
            pack?.WriteTo(GitDirectory);
        }
        finally
        {
            pack?.Dispose();
        }
    }

    /// <summary>Drops pending pack objects (nothing was written).</summary>
    public void AbandonPack()
    {
        _pack?.Dispose();
        _pack = null;
    }

    /// <summary>Writes a tree of regular files; names must already be unique.</summary>
    public string WriteTree(IEnumerable<(string Name, string BlobId)> files)
    {
        using var buffer = new MemoryStream();
        foreach (var (name, blobId) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            buffer.Write(Encoding.UTF8.GetBytes("100644 " + name + "\0"));
            buffer.Write(Convert.FromHexString(blobId));
        }

        return _pack?.Add(PackWriter.Tree, buffer.ToArray()) ?? _repo.ObjectDatabase.Write<Tree>(buffer.ToArray()).Sha;
    }

    /// <summary>Writes a tree of files and subtrees in git's order (a subtree sorts as its name plus '/').</summary>
    public string WriteTree(IEnumerable<TreeItem> items)
    {
        using var buffer = new MemoryStream();
        foreach (var item in items.OrderBy(i => i.IsTree ? i.Name + "/" : i.Name, StringComparer.Ordinal))
        {
            buffer.Write(Encoding.UTF8.GetBytes((item.IsTree ? "40000 " : "100644 ") + item.Name + "\0"));
            buffer.Write(Convert.FromHexString(item.Id));
        }

        return _pack?.Add(PackWriter.Tree, buffer.ToArray()) ?? _repo.ObjectDatabase.Write<Tree>(buffer.ToArray()).Sha;
    }

    /// <summary>The entries of a tree without reading their content; anything but a regular file or subtree throws.</summary>
    public List<TreeItem> ReadTreeItems(string treeId)
    {
        _raw ??= new RawObjectReader(GitDirectory);
        var tree = _raw.Read(Convert.FromHexString(treeId), RawObjectReader.TreeType);
        var result = new List<TreeItem>();
        var rest = tree.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf((byte)' ');
            var mode = space is > 0 and <= 7 ? ParseOctal(rest[..space]) : -1;
            var nul = space < 0 ? -1 : rest[(space + 1)..].IndexOf((byte)0);
            if (mode < 0 || nul <= 0 || rest.Length - (space + 1 + nul + 1) < 20)
            {
                throw new InvalidOperationException($"Tree {treeId} is malformed.");
            }

            var isTree = (mode & 0xF000) == 0x4000;
            if (!isTree && !IsRegularFile(mode))
            {
                throw new InvalidOperationException($"Tree {treeId} holds an entry that is neither a file nor a tree.");
            }

            result.Add(new TreeItem(Encoding.UTF8.GetString(rest.Slice(space + 1, nul)), isTree, Convert.ToHexStringLower(rest.Slice(space + 1 + nul + 1, 20))));
            rest = rest[(space + 1 + nul + 1 + 20)..];
        }

        return result;
    }

    /// <summary>A blob's content; throws <see cref="InvalidOperationException"/> when missing or not a blob.</summary>
    public byte[] ReadBlob(string id) => (_raw ??= new RawObjectReader(GitDirectory)).Read(Convert.FromHexString(id), RawObjectReader.BlobType);

    /// <summary>
    /// Reads a commit as exact bytes: what was signed and the <c>gpgsig</c> value (split by libgit2's rules, <see cref="CommitSignature"/>), plus the tree,
    /// parents and committer time parsed from the signed bytes. Throws <see cref="InvalidOperationException"/> or
    /// <see cref="FormatException"/> when the commit is missing or malformed.
    /// </summary>
    public RawCommit ReadCommit(string id)
    {
        _raw ??= new RawObjectReader(GitDirectory);
        var (raw, signedData, signature) = _raw.ReadSignedCommit(Convert.FromHexString(id));
        return ToRawCommit(id, raw, signedData, signature);
    }

    /// <summary>
    /// The <see cref="RawCommit"/> that <see cref="ReadCommit"/> makes of these exact commit bytes (a commit already
    /// read, e.g. by the history walk). Throws <see cref="FormatException"/> when they are malformed.
    /// </summary>
    public static RawCommit ParseCommit(string id, byte[] raw) =>
        CommitSignature.Split(raw) is var (signedData, signature) ? ToRawCommit(id, raw, signedData, signature) : ToRawCommit(id, raw, null, null);

    private static RawCommit ToRawCommit(string id, byte[] raw, byte[]? signedData, byte[]? signature)
    {
        if (signedData is not null && signature is not null)
        {
            var (tree, parents, time) = CommitFormat.ParseHeaders(signedData);
            return new RawCommit(id, signedData, Encoding.ASCII.GetString(signature), tree, parents, time);
        }

        var (unsignedTree, unsignedParents, unsignedTime) = CommitFormat.ParseHeaders(raw);
        return new RawCommit(id, null, null, unsignedTree, unsignedParents, unsignedTime);
    }

    /// <summary>
    /// Reads every entry of a tree: regular files (mode 100644 as libgit2 normalizes modes) as bytes, anything else as
    /// null content. Parsed from the raw tree object (<c>mode SP name NUL oid</c>); malformed trees throw.
    /// </summary>
    public Dictionary<string, byte[]?> ReadTree(string treeId)
    {
        _raw ??= new RawObjectReader(GitDirectory);
        var tree = _raw.Read(Convert.FromHexString(treeId), RawObjectReader.TreeType);
        var result = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var rest = tree.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf((byte)' ');
            var mode = space is > 0 and <= 7 ? ParseOctal(rest[..space]) : -1;
            var nul = space < 0 ? -1 : rest[(space + 1)..].IndexOf((byte)0);
            if (mode < 0 || nul <= 0 || rest.Length - (space + 1 + nul + 1) < 20)
            {
                throw new InvalidOperationException($"Tree {treeId} is malformed.");
            }

            var name = Encoding.UTF8.GetString(rest.Slice(space + 1, nul));
            var oid = rest.Slice(space + 1 + nul + 1, 20);
            if (result.ContainsKey(name))
            {
                // git fsck's duplicateEntries: stock git reads the first, a dictionary the last; neither is the entry.
                throw new InvalidOperationException($"Tree {treeId} names '{name}' twice.");
            }

            result[name] = IsRegularFile(mode) ? _raw.Read(oid, RawObjectReader.BlobType) : null;
            rest = rest[(space + 1 + nul + 1 + 20)..];
        }

        return result;
    }

    /// <summary>Commit ids from <paramref name="tip"/> back along first parents, oldest first (ids only).</summary>
    public List<string> FirstParentChain(string tip, string? stopAt = null)
    {
        var filter = new CommitFilter
        {
            IncludeReachableFrom = tip,
            ExcludeReachableFrom = stopAt,
            FirstParentOnly = true,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        };
        return _repo.Commits.QueryBy(filter).Select(c => c.Sha).ToList();
    }

    /// <summary>
    /// The same chain as <see cref="FirstParentChain"/> without a stop commit, walked natively (ids only; verification);
    /// <paramref name="onNewestFirst"/> sees each id as the walk reaches it, newest first.
    /// </summary>
    public List<string> FirstParentIds(string tip, Action<string>? onNewestFirst = null)
    {
        var ids = FirstParentIdList(tip, onNewestFirst is null ? null : (id, _) => onNewestFirst(Convert.ToHexStringLower(id)));
        return [.. Enumerable.Range(0, ids.Count).Select(ids.Hex)];
    }

    /// <summary>The chain of <see cref="FirstParentIds"/> as 20-byte ids (20 bytes per commit; verification of large ledgers).</summary>
    public CommitIdList FirstParentIdList(string tip, CommitIdVisitor? onNewestFirst = null) =>
        (_raw ??= new RawObjectReader(GitDirectory)).FirstParentChain(tip, onNewestFirst);

    /// <summary>The merge base of two commits, or null.</summary>
    public string? MergeBase(string a, string b)
    {
        var ca = _repo.Lookup<Commit>(a);
        var cb = _repo.Lookup<Commit>(b);
        return ca is null || cb is null ? null : _repo.ObjectDatabase.FindMergeBase(ca, cb)?.Sha;
    }

    public bool Contains(string id) => _repo.ObjectDatabase.Contains(new ObjectId(id));

    public void Dispose()
    {
        _pack?.Dispose();
        _raw?.Dispose();
        _repo.Dispose();
    }

    private static int ParseOctal(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            if (d is < (byte)'0' or > (byte)'7')
            {
                return -1;
            }

            value = (value * 8) + (d - '0');
        }

        return value <= 0xFFFF ? value : -1;
    }

    /// <summary>What LibGit2Sharp reports as a blob entry with <c>Mode.NonExecutableFile</c> (libgit2's normalize_filemode).</summary>
    private static bool IsRegularFile(int mode)
    {
        var type = mode & 0xF000;
        return type is not (0x4000 or 0xE000 or 0xA000) && (mode & 0x49) == 0;
    }
}
