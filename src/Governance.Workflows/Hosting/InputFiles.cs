
namespace Governance.Workflows.Hosting;

/// <summary>Reads user-named input files with a size cap, resolving paths against the command's working directory.</summary>
internal static class InputFiles
{
    /// <summary>The largest input file read (policies and evidence are small; this stops /dev/zero and mistakes).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads a file, or throws <see cref="WorkflowException"/> naming it.</summary>
    public static byte[] Read(HostContext context, string path, string what)
    {
        var full = context.Resolve(path);
        if (Directory.Exists(full))
        {
            throw new WorkflowException($"{path}: is a directory, expected a {what} file");
        }

        var info = new FileInfo(full);
        if (!info.Exists)
        {
            throw new WorkflowException($"{path}: {what} file not found");
        }

        if (Policies.Loading.InputFileCheck.NotRegular(full) is { } notRegular)
        {
            throw new WorkflowException($"{path}: {notRegular}");
        }

        if (info.Length > MaxBytes)
        {
            throw new WorkflowException($"{path}: too large for a {what} file (limit {MaxBytes / (1024 * 1024)} MiB)");
        }

        try
        {
            return File.ReadAllBytes(full);
        }
        catch (IOException ex)
        {
            throw new WorkflowException($"{path}: cannot read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new WorkflowException($"{path}: cannot read: {ex.Message}");
        }
    }

    /// <summary>Expands a file or directory into policy files: *.yaml, *.yml and *.json directly inside, by name.</summary>
    public static IReadOnlyList<string> PolicyFiles(HostContext context, string path)
    {
        var full = context.Resolve(path);
        if (!Directory.Exists(full))
        {
            return [path];
        }

        var files = Directory.EnumerateFiles(full)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var file in files)
        {
            if (Policies.Loading.InputFileCheck.LinkOutside(full, file) is { } refused)
            {
                throw new WorkflowException($"{Path.Join(path, Path.GetFileName(file))}: {refused}");
            }
        }

        files = [.. files.Select(f => Path.Join(path, Path.GetFileName(f)))];
        return files.Count > 0 ? files : throw new WorkflowException($"{path}: no policy files (*.yaml, *.yml, *.json) in this directory");
    }
}
