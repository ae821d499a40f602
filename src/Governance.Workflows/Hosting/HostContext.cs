namespace Governance.Workflows.Hosting;

/// <summary>What a command may touch: its output streams, environment, working directory and clock.</summary>
/// <param name="Output">Standard output: reports.</param>
/// <param name="Error">Standard error: diagnostics.</param>
/// <param name="Environment">Environment variables (tests pass their own).</param>
/// <param name="WorkingDirectory">The directory relative paths resolve against.</param>
/// <param name="Time">The clock.</param>
public sealed record HostContext(
    TextWriter Output,
    TextWriter Error,
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    TimeProvider Time)
{
    /// <summary>The real process context.</summary>
    public static HostContext FromProcess()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        return new HostContext(Console.Out, Console.Error, environment, Directory.GetCurrentDirectory(), TimeProvider.System);
    }

    /// <summary>An environment variable, or null when unset or empty.</summary>
    public string? Env(string name) => Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>Resolves a user-given path against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
