using System.Runtime.InteropServices;

namespace Governance.Policies.Loading;

/// <summary>
/// Checks a named input before anything opens it: only regular files are read (a FIFO blocks the reader forever, a
/// device never ends), and a directory entry that is a symbolic link must resolve inside that directory. The file type
/// comes from <c>stat</c> (the runtime's own <c>SystemNative_Stat</c>, which reports the POSIX type bits portably);
/// .NET's <see cref="FileAttributes"/> report FIFOs and sockets as <c>Normal</c> on Unix.
/// </summary>
public static class InputFileCheck
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>Why <paramref name="path"/> (an existing entry) must not be opened for reading, or null for a regular file.</summary>
    /// <param name="path">The path; symbolic links are followed to their final target.</param>
    public static string? NotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            var attributes = File.GetAttributes(path);
            return (attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0 ? "not a regular file" : null;
        }

        int mode;
        try
        {
            var status = new byte[512];
            if (SystemNative_Stat(path, status) != 0)
            {
                return "cannot stat the file";
            }

            mode = BitConverter.ToInt32(status, 4);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without stat: a FIFO, device or socket reports size 0; an empty regular file is no valid input either.
            return new FileInfo(path).Length == 0 ? "empty or not a regular file" : null;
        }

        return (mode & TypeMask) switch
        {
            Regular => null,
            0x1000 => "not a regular file (a FIFO); refusing to open it",
            0x2000 => "not a regular file (a character device); refusing to open it",
            0x6000 => "not a regular file (a block device); refusing to open it",
            0xC000 => "not a regular file (a socket); refusing to open it",
            0x4000 => "is a directory, not a file",
            _ => "not a regular file; refusing to open it",
        };
    }

    /// <summary>
    /// Why the entry <paramref name="file"/> of <paramref name="directory"/> is refused because it is a symbolic link that
    /// resolves outside the directory (or does not resolve), or null.
    /// </summary>
    /// <param name="directory">The directory that was listed.</param>
    /// <param name="file">An entry of that directory.</param>
    public static string? LinkOutside(string directory, string file)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(file);
        var entry = new FileInfo(file);
        if (entry.LinkTarget is null)
        {
            return null;
        }

        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            return "symbolic link to a missing file";
        }

        var roots = new List<string> { Path.GetFullPath(directory) };
        if (new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true) is { } real)
        {
            roots.Add(real.FullName);
        }

        var parent = Path.GetDirectoryName(target.FullName) ?? "";
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return roots.Select(Path.TrimEndingDirectorySeparator)
            .Any(root => string.Equals(root, parent, comparison) || parent.StartsWith(root + Path.DirectorySeparatorChar, comparison))
            ? null
            : $"symbolic link points outside the policy directory (to {target.FullName}); refusing to follow it";
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNative_Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] output);
}
