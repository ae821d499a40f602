namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// Reads a step's output the way the Actions runner does (<c>ActionCommandManager</c>): a line whose trimmed start is
/// <c>::</c> is a command, a line containing <c>##[</c> is a legacy command, and after <c>::stop-commands::TOKEN</c>
/// nothing is a command until a line that is exactly <c>::TOKEN::</c>.
/// </summary>
internal static class RunnerCommandScanner
{
    /// <summary>The lines the runner would process as commands, in order (stop and resume lines included).</summary>
    public static List<string> Commands(string output)
    {
        var commands = new List<string>();
        string? stopped = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (stopped is not null)
            {
                if (string.Equals(trimmed, $"::{stopped}::", StringComparison.OrdinalIgnoreCase))
                {
                    commands.Add(trimmed);
                    stopped = null;
                }

                continue;
            }

            if (trimmed.StartsWith("::stop-commands::", StringComparison.Ordinal))
            {
                stopped = trimmed["::stop-commands::".Length..];
                commands.Add(trimmed);
            }
            else if (trimmed.StartsWith("::", StringComparison.Ordinal) || line.Contains("##[", StringComparison.Ordinal))
            {
                commands.Add(trimmed);
            }
        }

        return commands;
    }

    /// <summary>The command's name: <c>error</c> for <c>::error file=x::m</c>.</summary>
    public static string Name(string command)
    {
        if (!command.StartsWith("::", StringComparison.Ordinal))
        {
            return "legacy";
        }

        var end = command.IndexOfAny([' ', ':'], 2);
        return end < 0 ? command[2..] : command[2..end];
    }
}
