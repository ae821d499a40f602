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
    private const int IterOver = -31;
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
    /// The walk itself runs newest first, unsorted (a first-parent chain has one order), and reports each id to
    /// <paramref name="onNewestFirst"/> as it goes, so callers can start on the newest entries before it ends.
    /// </summary>
    public CommitIdList FirstParentChain(string tip, CommitIdVisitor? onNewestFirst = null)
    {
        ObjectDisposedException.ThrowIf(_odb == IntPtr.Zero, this);
        var oid = Convert.FromHexString(tip);
        if (oid.Length != 20)
        {
            throw new LibGit2Sharp.LibGit2SharpException($"'{tip}' is not an object id.");
        }

        Check(LibGit2Interop.git_revwalk_new(out var walk, _repo), "start a history walk");
        try
        {
            Check(LibGit2Interop.git_revwalk_push(walk, oid), $"walk the history of {tip}");
            Check(LibGit2Interop.git_revwalk_simplify_first_parent(walk), "follow first parents");
            var ids = new CommitIdList();
            int rc;
            while ((rc = LibGit2Interop.git_revwalk_next(oid, walk)) == 0)
            {
                ids.Add(oid);
                onNewestFirst?.Invoke(oid);
            }

            ids.Reverse();
            return rc == IterOver ? ids : throw new LibGit2Sharp.LibGit2SharpException($"Cannot walk the history of {tip} (libgit2 error {rc}).");
        }
        finally
        {
            LibGit2Interop.git_revwalk_free(walk);
        }
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
