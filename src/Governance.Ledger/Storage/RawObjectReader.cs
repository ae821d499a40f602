using System.Runtime.InteropServices;

namespace Governance.Ledger.Storage;

/// <summary>
/// Reads raw objects straight from libgit2's object database (the same bundled library LibGit2Sharp uses; see
/// <see cref="LibGit2Native"/>). Verification reads a tree and two or three blobs per entry; going through LibGit2Sharp's
/// object wrappers costs several lookups and finalizable handles per object, this costs one read each. libgit2 checks
/// each object's hash on read, as it does for every lookup. Not thread-safe: one instance per <see cref="GitObjects"/>.
/// </summary>
internal sealed class RawObjectReader : IDisposable
{
    /// <summary>libgit2 <c>GIT_OBJECT_COMMIT</c>.</summary>
    public const int CommitType = 1;

    /// <summary>libgit2 <c>GIT_OBJECT_TREE</c>.</summary>
    public const int TreeType = 2;

    /// <summary>libgit2 <c>GIT_OBJECT_BLOB</c>.</summary>
    public const int BlobType = 3;

    private const int NotFound = -3;
    private static readonly Lazy<int> Initialized = new(LibGit2Interop.git_libgit2_init);
    private IntPtr _repo;
    private IntPtr _odb;

    public RawObjectReader(string gitDirectory)
    {
        LibGit2Native.EnsureLoaded();
        if (Initialized.Value < 0)
        {
            throw new InvalidOperationException("libgit2 could not be initialized.");
        }

        if (LibGit2Interop.git_repository_open(out _repo, gitDirectory) < 0 || LibGit2Interop.git_repository_odb(out _odb, _repo) < 0)
        {
            Dispose();
            throw new LibGit2Sharp.LibGit2SharpException($"Cannot open the object database of '{gitDirectory}'.");
        }
    }

    /// <summary>The object's content; throws <see cref="InvalidOperationException"/> when it is missing, corrupt or of another type.</summary>
    public byte[] Read(ReadOnlySpan<byte> oid, int expectedType)
    {
        ObjectDisposedException.ThrowIf(_odb == IntPtr.Zero, this);
        if (oid.Length != 20)
        {
            throw new InvalidOperationException("Object ids are 20 bytes.");
        }

        if (LibGit2Interop.git_odb_read(out var obj, _odb, oid.ToArray()) < 0)
        {
            throw new InvalidOperationException($"Object {Convert.ToHexStringLower(oid)} is missing or corrupt.");
        }

        try
        {
            if (LibGit2Interop.git_odb_object_type(obj) != expectedType)
            {
                throw new InvalidOperationException($"Object {Convert.ToHexStringLower(oid)} has an unexpected type.");
            }

            var size = checked((int)LibGit2Interop.git_odb_object_size(obj));
            var bytes = new byte[size];
            if (size > 0)
            {
                Marshal.Copy(LibGit2Interop.git_odb_object_data(obj), bytes, 0, size);
            }

            return bytes;
        }
        finally
        {
            LibGit2Interop.git_odb_object_free(obj);
        }
    }

    /// <summary>
    /// Reads a commit once and splits off its <c>gpgsig</c> value (<see cref="CommitSignature"/>, libgit2's rules) as
    /// exact bytes; the signature parts are null when the commit is unsigned. Fails with the messages of
    /// <see cref="ExtractSignature"/> followed by <see cref="Read"/>, which it replaces on the verification path.
    /// </summary>
    public (byte[] Raw, byte[]? SignedData, byte[]? Signature) ReadSignedCommit(byte[] oid)
    {
        ObjectDisposedException.ThrowIf(_odb == IntPtr.Zero, this);
        var rc = LibGit2Interop.git_odb_read(out var obj, _odb, oid);
        if (rc < 0)
        {
            throw rc == NotFound
                ? new InvalidOperationException($"Object {Convert.ToHexStringLower(oid)} is missing or corrupt.")
                : new InvalidOperationException($"Commit {Convert.ToHexStringLower(oid)} cannot be read (libgit2 error {rc}).");
        }

        byte[] raw;
        try
        {
            if (LibGit2Interop.git_odb_object_type(obj) != CommitType)
            {
                throw new InvalidOperationException($"Object {Convert.ToHexStringLower(oid)} has an unexpected type.");
            }

            raw = new byte[checked((int)LibGit2Interop.git_odb_object_size(obj))];
            if (raw.Length > 0)
            {
                Marshal.Copy(LibGit2Interop.git_odb_object_data(obj), raw, 0, raw.Length);
            }
        }
        finally
        {
            LibGit2Interop.git_odb_object_free(obj);
        }

        try
        {
            return CommitSignature.Split(raw) is var (signedData, signature) ? (raw, signedData, signature) : (raw, null, null);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Commit {Convert.ToHexStringLower(oid)} cannot be read (libgit2 error -1).");
        }
    }

    /// <summary>
    /// Splits a commit into the bytes git signs and its <c>gpgsig</c> value with libgit2's own
    /// <c>git_commit_extract_signature</c> (the function LibGit2Sharp and git's rules agree on), as exact bytes.
    /// Returns null when the commit exists but is unsigned; throws <see cref="InvalidOperationException"/> otherwise.
    /// </summary>
    public (byte[] SignedData, byte[] Signature)? ExtractSignature(byte[] oid)
    {
        ObjectDisposedException.ThrowIf(_odb == IntPtr.Zero, this);
        var signature = default(LibGit2Interop.GitBuffer);
        var signedData = default(LibGit2Interop.GitBuffer);
        try
        {
            var rc = LibGit2Interop.git_commit_extract_signature(ref signature, ref signedData, _repo, oid, "gpgsig");
            if (rc == NotFound)
            {
                _ = Read(oid, CommitType);
                return null;
            }

            return rc < 0
                ? throw new InvalidOperationException($"Commit {Convert.ToHexStringLower(oid)} cannot be read (libgit2 error {rc}).")
                : (Copy(signedData), Copy(signature));
        }
        finally
        {
            LibGit2Interop.git_buf_dispose(ref signature);
            LibGit2Interop.git_buf_dispose(ref signedData);
        }
    }

    /// <summary>
    /// Commit ids from <paramref name="tip"/> back along first parents, oldest first (what LibGit2Sharp's <c>QueryBy</c>
    /// with topological + reverse order and first parents only yields), as 20-byte ids (<see cref="CommitIdList"/>).
    /// The walk runs newest first and reports each commit to <paramref name="onNewestFirst"/> as it goes, with the
    /// bytes it read (hash-checked by libgit2's read, like every read here), so callers can start on the newest
    /// entries before it ends. It reads each commit's header itself rather than through <c>git_revwalk</c>, which keeps
    /// a node for every commit it has seen (about 100 bytes each: 100 MB of native heap at a million commits); this
    /// keeps the 20-byte ids only.
    /// </summary>
    public CommitIdList FirstParentChain(string tip, CommitIdVisitor? onNewestFirst = null)
    {
        ObjectDisposedException.ThrowIf(_odb == IntPtr.Zero, this);
        var oid = Convert.FromHexString(tip);
        if (oid.Length != 20)
        {
            throw new LibGit2Sharp.LibGit2SharpException($"'{tip}' is not an object id.");
        }

        var ids = new CommitIdList();
        var buffer = new byte[4096];
        bool more;
        do
        {
            ids.Add(oid);
            if (ids.Count % 8192 == 0)
            {
                PackMappings.Trim();
            }

            var (size, whole) = ReadCommitStart(oid, buffer);
            onNewestFirst?.Invoke(oid, whole ? buffer.AsSpan(0, size) : default);
            more = FirstParent(buffer.AsSpan(0, size), oid);
        }
        while (more);

        ids.Reverse();
        return ids;
    }

    // Copies the start of commit `oid` into `buffer`: the header lines the walk needs come first; a commit's message and
    // signature may be longer than the buffer (then `Whole` is false).
    private (int Size, bool Whole) ReadCommitStart(byte[] oid, byte[] buffer)
    {
        if (LibGit2Interop.git_odb_read(out var obj, _odb, oid) < 0)
        {
            throw new LibGit2Sharp.LibGit2SharpException($"Cannot walk the history: commit {Convert.ToHexStringLower(oid)} is missing or corrupt.");
        }

        try
        {
            if (LibGit2Interop.git_odb_object_type(obj) != CommitType)
            {
                throw new LibGit2Sharp.LibGit2SharpException($"Cannot walk the history: {Convert.ToHexStringLower(oid)} is not a commit.");
            }

            var total = (long)LibGit2Interop.git_odb_object_size(obj);
            var size = (int)Math.Min(total, buffer.Length);
            Marshal.Copy(LibGit2Interop.git_odb_object_data(obj), buffer, 0, size);
            return (size, size == total);
        }
        finally
        {
            LibGit2Interop.git_odb_object_free(obj);
        }
    }

    // Replaces `oid` with its commit's first parent; false for a root commit. Git's rule: the header opens with one
    // "tree <hex>" line followed by the "parent <hex>" lines, the first of which is the first parent.
    private static bool FirstParent(ReadOnlySpan<byte> header, byte[] oid)
    {
        const int TreeLine = 5 + 40 + 1;
        const int ParentLine = 7 + 40 + 1;
        if (header.Length < TreeLine || !header.StartsWith("tree "u8) || header[TreeLine - 1] != (byte)'\n')
        {
            throw new LibGit2Sharp.LibGit2SharpException($"Cannot walk the history: commit {Convert.ToHexStringLower(oid)} is malformed.");
        }

        var parent = header[TreeLine..];
        if (!parent.StartsWith("parent "u8))
        {
            return false;
        }

        Span<char> hex = stackalloc char[40];
        if (parent.Length < ParentLine || parent[ParentLine - 1] != (byte)'\n'
            || System.Text.Encoding.ASCII.GetChars(parent[7..(ParentLine - 1)], hex) != 40
            || Convert.FromHexString(hex, oid, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != 20)
        {
            throw new LibGit2Sharp.LibGit2SharpException($"Cannot walk the history: commit {Convert.ToHexStringLower(oid)} names a malformed parent.");
        }

        return true;
    }

    public void Dispose()
    {
        if (_odb != IntPtr.Zero)
        {
            LibGit2Interop.git_odb_free(_odb);
            _odb = IntPtr.Zero;
        }

        if (_repo != IntPtr.Zero)
        {
            LibGit2Interop.git_repository_free(_repo);
            _repo = IntPtr.Zero;
        }
    }

    private static byte[] Copy(LibGit2Interop.GitBuffer buffer)
    {
        var bytes = new byte[checked((int)buffer.Size)];
        if (bytes.Length > 0)
        {
            Marshal.Copy(buffer.Ptr, bytes, 0, bytes.Length);
        }

        return bytes;
    }

    private static void Check(int rc, string what)
    {
        if (rc < 0)
        {
            throw new LibGit2Sharp.LibGit2SharpException($"Cannot {what} (libgit2 error {rc}).");
        }
    }
}
