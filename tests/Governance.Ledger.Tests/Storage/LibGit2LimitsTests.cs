using System.Runtime.InteropServices;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;

namespace Governance.Ledger.Tests.Storage;

/// <summary>Opening a store applies the libgit2 memory settings (no object cache, small pack windows).</summary>
public sealed class LibGit2LimitsTests
{
    private const int GetMwindowSize = 0;
    private const int GetMwindowMappedLimit = 2;
    private const int GetCachedMemory = 9;

    [Fact]
    public void OpenStore_AppendAndReadAll_WindowsCappedAndNothingCached()
    {
        if (OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
        {
            return; // The fixed-signature reads below assume register-passed variadic arguments.
        }

        using var fx = new LedgerFixture();
        using var store = fx.OpenStore();
        store.Append([.. Enumerable.Range(0, 20).Select(i => Drafts.Evaluation(i))], fx.Recorder);
        Assert.Equal(20, store.ReadAll().Count());

        Assert.Equal(0, NativeMethods.git_libgit2_opts(GetMwindowSize, out nuint window));
        Assert.Equal(0, NativeMethods.git_libgit2_opts(GetMwindowMappedLimit, out nuint limit));
        Assert.Equal(0, NativeMethods.git_libgit2_opts(GetCachedMemory, out nint cached, out nint _));
        Assert.Equal((nuint)LibGit2Limits.MwindowSize, window);
        Assert.Equal((nuint)LibGit2Limits.MwindowMappedLimit, limit);
        Assert.Equal(0, cached);
    }

    private static class NativeMethods
    {
        [DllImport(LibGit2Library.Name)]
        public static extern int git_libgit2_opts(int option, out nuint value);

        [DllImport(LibGit2Library.Name)]
        public static extern int git_libgit2_opts(int option, out nint current, out nint allowed);
    }
}
