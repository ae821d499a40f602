using System.Runtime.InteropServices;

namespace Governance.Ledger.Storage;

/// <summary>
/// Reads raw objects straight from libgit2's object database (the same system library LibGit2Sharp uses; see
/// <see cref="LibGit2Native"/>). Verification reads a tree and two or three blobs per entry; going through LibGit2Sharp's
/// object wrappers costs several lookups and finalizable handles per object, this costs one read each. libgit2 checks
/// each object's hash on read, as it does for every lookup. Not thread-safe: one instance per <see cref="GitObjects"/>.
/// </summary>
internal sealed class RawObjectReader : IDisposable
{
    /// <summary>libgit2 <c>GIT_OBJECT_TREE</c>.</summary>
    public const int TreeType = 2;

    /// <summary>libgit2 <c>GIT_OBJECT_BLOB</c>.</summary>
    public const int BlobType = 3;

    private const string Library = "git2";
    private static readonly Lazy<int> Initialized = new(NativeMethods.git_libgit2_init);
    private IntPtr _repo;
    private IntPtr _odb;

    public RawObjectReader(string gitDirectory)
    {
        LibGit2Native.EnsureResolver();
        if (Initialized.Value < 0)
        {
            throw new InvalidOperationException("libgit2 could not be initialized.");
        }

        if (NativeMethods.git_repository_open(out _repo, gitDirectory) < 0 || NativeMethods.git_repository_odb(out _odb, _repo) < 0)
        {
            Dispose();
            throw new InvalidOperationException($"Cannot open the object database of '{gitDirectory}'.");
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

        if (NativeMethods.git_odb_read(out var obj, _odb, oid.ToArray()) < 0)
        {
            throw new InvalidOperationException($"Object {Convert.ToHexStringLower(oid)} is missing or corrupt.");
        }

        try
        {
            if (NativeMethods.git_odb_object_type(obj) != expectedType)
            {
                throw new InvalidOperationException($"Object {Convert.ToHexStringLower(oid)} has an unexpected type.");
            }

            var size = checked((int)NativeMethods.git_odb_object_size(obj));
            var bytes = new byte[size];
            if (size > 0)
            {
                Marshal.Copy(NativeMethods.git_odb_object_data(obj), bytes, 0, size);
            }

            return bytes;
        }
        finally
        {
            NativeMethods.git_odb_object_free(obj);
        }
    }

    public void Dispose()
    {
        if (_odb != IntPtr.Zero)
        {
            NativeMethods.git_odb_free(_odb);
            _odb = IntPtr.Zero;
        }

        if (_repo != IntPtr.Zero)
        {
            NativeMethods.git_repository_free(_repo);
            _repo = IntPtr.Zero;
        }
    }

    private static class NativeMethods
    {
        [DllImport(Library)]
        public static extern int git_libgit2_init();

        [DllImport(Library)]
        public static extern int git_repository_open(out IntPtr repo, [MarshalAs(UnmanagedType.LPUTF8Str)] string path);

        [DllImport(Library)]
        public static extern int git_repository_odb(out IntPtr odb, IntPtr repo);

        [DllImport(Library)]
        public static extern void git_repository_free(IntPtr repo);

        [DllImport(Library)]
        public static extern void git_odb_free(IntPtr odb);

        [DllImport(Library)]
        public static extern int git_odb_read(out IntPtr obj, IntPtr odb, byte[] oid);

        [DllImport(Library)]
        public static extern IntPtr git_odb_object_data(IntPtr obj);

        [DllImport(Library)]
        public static extern nuint git_odb_object_size(IntPtr obj);

        [DllImport(Library)]
        public static extern int git_odb_object_type(IntPtr obj);

        [DllImport(Library)]
        public static extern void git_odb_object_free(IntPtr obj);
    }
}
