using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Governance.Ledger.Storage;

/// <summary>
/// LibGit2Sharp 0.29 imports <c>git2-a2bde63</c>; Debian/Ubuntu ship the system <c>libgit2.so.1.5</c>/<c>.1.7</c>
/// instead. LibGit2Sharp installs its own <see cref="NativeLibrary.SetDllImportResolver"/> (a second one throws),
/// so we hook <see cref="AssemblyLoadContext.ResolvingUnmanagedDll"/>, which runs only when its probing fails,
/// and map the import name to whichever system library is present. Called once from every store constructor; the
/// first call also applies <see cref="LibGit2Limits"/>.
/// </summary>
internal static class LibGit2Native
{
    private static readonly string[] Candidates = ["libgit2.so.1.5", "libgit2.so.1.7", "libgit2.so.1.6", "libgit2.so.1.8", "libgit2.so.1.9", "libgit2.so", "libgit2.dylib", "git2"];
    private static int _installed;

    /// <summary>Installs the fallback and the memory limits once per process.</summary>
    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
            LibGit2Limits.Apply();
        }
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        if (!name.StartsWith("git2", StringComparison.Ordinal) && !name.StartsWith("libgit2", StringComparison.Ordinal))
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
