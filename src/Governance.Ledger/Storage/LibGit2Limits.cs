using System.Runtime.InteropServices;

namespace Governance.Ledger.Storage;

/// <summary>
/// Process-wide libgit2 memory settings, applied once from <see cref="LibGit2Native.EnsureLoaded"/>.
/// <para>
/// Measured with <c>/proc/&lt;pid&gt;/smaps</c> while <c>govern audit verify</c> checked a 100,000-entry ledger
/// (25 packs, 117 MiB), peak RSS was 398 MiB with libgit2's defaults. The largest part was the malloc heap: libgit2's
/// object cache (up to 256 MiB per process) kept every commit and tree read, 134 MiB at the peak. The pack mappings
/// came next, at 107 MiB. With 1 GiB windows and an 8 GiB mapped limit, every pack stays mapped whole, and every
/// page touched counts as RSS. The managed heap was under 50 MiB.
/// </para>
/// <para>
/// The ledger reads each object about once, so the cache earns almost nothing. A 16 MiB cache cap was tried and
/// made reading slower: once libgit2 is over its cap, it evicts entries on every insert (<c>audit log</c> over
/// 100,000 entries: 5.05 s → 5.77 s). Caching is therefore off. Pack windows are 8 MiB and at most 32 MiB stay
/// mapped (a soft limit: libgit2 unmaps the least recently used idle windows). Re-mapped pages are still in the
/// page cache, so re-mapping costs minor faults, not reads. The window size also bounds single large packs, such
/// as those left by <c>git gc</c> or a fetch: with 1 GiB windows, such a pack is one mapping, whatever the limit.
/// With these settings the same verification peaked at 165 MiB and was no slower, within this machine's noise.
/// </para>
/// </summary>
internal static class LibGit2Limits
{
    /// <summary>Largest single pack mapping (bytes; libgit2's default is 1 GiB on 64-bit).</summary>
    public const long MwindowSize = 8L << 20;

    /// <summary>Pack bytes kept mapped before idle windows are unmapped (bytes; default 8 GiB on 64-bit).</summary>
    public const long MwindowMappedLimit = 32L << 20;

    // git_libgit2_opt_t (include/git2/common.h). Values are only ever appended to that enum, so these are the
    // same in every libgit2 release from 0.2x to 1.9.
    private const int SetMwindowSize = 1;
    private const int SetMwindowMappedLimit = 3;
    private const int EnableCaching = 8;

    /// <summary>
    /// Applies the settings. Failures are ignored, because the settings only save memory. The library itself was
    /// loaded (or reported missing, with a better message) by <see cref="LibGit2Native.EnsureLoaded"/>.
    /// </summary>
    public static void Apply()
    {
        try
        {
            if (LibGit2Interop.git_libgit2_init() < 0)
            {
                return;
            }

            Set(EnableCaching, 0);
            Set(SetMwindowSize, MwindowSize);
            Set(SetMwindowMappedLimit, MwindowMappedLimit);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            // An entry point missing from an unexpected libgit2 build: run with libgit2's defaults.
        }
    }

    // git_libgit2_opts is variadic. A fixed (int, size_t) signature puts the value where a variadic callee reads it
    // on x64 (SysV and Windows) and on Linux arm64. An int option reads the low half of the same 64-bit slot.
    // Apple arm64 passes variadic arguments on the stack, so there the value follows eight register-sized
    // arguments, as in LibGit2Sharp.
    private static void Set(int option, long value)
    {
        var size = checked((nuint)value);
        _ = OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? LibGit2Interop.git_libgit2_opts_arm64(option, 0, 0, 0, 0, 0, 0, 0, size)
            : LibGit2Interop.git_libgit2_opts(option, size);
    }
}
