namespace Governance.Ledger.Storage;

/// <summary>
/// The libgit2 bundled with LibGit2Sharp.NativeBinaries could not be loaded on this machine: the message names the
/// library, the runtime identifier and what to do. Commands report it as a plain error (exit 2).
/// </summary>
public sealed class NativeLibraryUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NativeLibraryUnavailableException()
        : this("the native libgit2 library could not be loaded") { }

    /// <summary>Creates the exception with a message.</summary>
    public NativeLibraryUnavailableException(string message)
        : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public NativeLibraryUnavailableException(string message, Exception inner)
        : base(message, inner) { }

    /// <summary>The message for a library file that did not load on a runtime identifier, with the loader's reason.</summary>
    internal static NativeLibraryUnavailableException For(string fileName, string runtimeIdentifier, string reason) =>
        new($"cannot load the native libgit2 library {fileName} for {runtimeIdentifier}, which govern ships in "
            + $"runtimes/{runtimeIdentifier}/native (LibGit2Sharp.NativeBinaries; no system libgit2 is needed or used). "
            + "Reinstall the tool (dotnet tool update --global Governance.Tool) or rebuild from source so that folder is present; "
            + "bundled builds exist for linux-x64/arm64/arm, linux-musl-x64/arm64, osx-x64/arm64 and win-x64/x86/arm64. "
            + $"Loader said: {reason}");
}
