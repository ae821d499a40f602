using System.Runtime.InteropServices;

namespace Governance.Ledger.Storage;

/// <summary>
/// The few libgit2 functions the verifier calls directly (the bundled library LibGit2Sharp also uses, loaded by
/// <see cref="LibGit2Native"/>): object database reads, a first-parent walk and signature extraction. Object ids are
/// passed as 20-byte arrays (<c>git_oid</c>).
/// </summary>
internal static class LibGit2Interop
{
    private const string Library = LibGit2Library.Name;

    [DllImport(Library)]
    public static extern int git_revwalk_new(out IntPtr walk, IntPtr repo);

    [DllImport(Library)]
    public static extern int git_revwalk_push(IntPtr walk, byte[] oid);

    [DllImport(Library)]
    public static extern int git_revwalk_simplify_first_parent(IntPtr walk);

    [DllImport(Library)]
    public static extern int git_revwalk_next([Out] byte[] oid, IntPtr walk);

    [DllImport(Library)]
    public static extern void git_revwalk_free(IntPtr walk);

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

    [DllImport(Library)]
    public static extern int git_libgit2_opts(int option, nuint value);

    /// <summary><c>git_libgit2_opts</c> as Apple arm64 needs a variadic value passed: after eight register-sized arguments.</summary>
    [DllImport(Library, EntryPoint = "git_libgit2_opts")]
    public static extern int git_libgit2_opts_arm64(int option, nint pad2, nint pad3, nint pad4, nint pad5, nint pad6, nint pad7, nint pad8, nuint value);

    [DllImport(Library)]
    public static extern int git_commit_extract_signature(ref GitBuffer signature, ref GitBuffer signedData, IntPtr repo, byte[] oid, [MarshalAs(UnmanagedType.LPUTF8Str)] string field);

    [DllImport(Library)]
    public static extern void git_buf_dispose(ref GitBuffer buffer);

    /// <summary>libgit2's <c>git_buf</c> (1.5+: pointer, reserved, size).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct GitBuffer
    {
        public IntPtr Ptr;
        public nuint Reserved;
        public nuint Size;
    }
}
