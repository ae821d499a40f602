using System.Runtime.InteropServices;

namespace Governance.Ledger.Storage;

/// <summary>
/// Loads the libgit2 that LibGit2Sharp.NativeBinaries bundles (<see cref="LibGit2Library.Name"/>, e.g.
/// <c>runtimes/linux-x64/native/libgit2-5853918.so</c>), the same file LibGit2Sharp and <see cref="LibGit2Interop"/>
/// bind to, so both share one library and one set of <see cref="LibGit2Limits"/>. No system libgit2 is used. Called
/// once from every store constructor; a library that cannot load becomes <see cref="NativeLibraryUnavailableException"/>
/// (naming the file and what to do), never a type-initializer error from LibGit2Sharp.
/// </summary>
internal static class LibGit2Native
{
    private static readonly Lock Gate = new();
    private static bool _loaded;

    /// <summary>The library file name on this platform (what the package ships under <c>runtimes/&lt;rid&gt;/native</c>).</summary>
    public static string FileName =>
        OperatingSystem.IsWindows() ? $"{LibGit2Library.Name}.dll"
        : OperatingSystem.IsMacOS() ? $"lib{LibGit2Library.Name}.dylib"
        : $"lib{LibGit2Library.Name}.so";

    /// <summary>Loads the library and applies the memory limits once per process.</summary>
    /// <exception cref="NativeLibraryUnavailableException">The bundled library is missing or cannot load here.</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_loaded)
            {
                return;
            }

            // The same probe LibGit2Sharp's own resolver makes first: the application's native asset directories
            // (deps.json, runtimes/<rid>/native) and then the loader's default paths.
            var owner = typeof(LibGit2Sharp.Repository).Assembly;
            if (!NativeLibrary.TryLoad(LibGit2Library.Name, owner, null, out _))
            {
                throw NativeLibraryUnavailableException.For(FileName, RuntimeInformation.RuntimeIdentifier, LoadError());
            }

            LibGit2Limits.Apply();
            _loaded = true;
        }
    }

    // TryLoad swallows the loader's reason; Load repeats the probe and reports it (missing file, wrong architecture,
    // missing dependency such as OpenSSL or libc version).
    private static string LoadError()
    {
        try
        {
            NativeLibrary.Free(NativeLibrary.Load(LibGit2Library.Name, typeof(LibGit2Sharp.Repository).Assembly, null));
            return "it loaded on the second attempt";
        }
        catch (Exception ex) when (ex is DllNotFoundException or BadImageFormatException)
        {
            return ex.Message;
        }
    }
}
