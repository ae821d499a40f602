namespace Governance.Cli.Tests.Docs;

/// <summary>
/// One fenced code block of a Markdown page: where it starts (<see cref="Id"/> is <c>file:line</c> of the opening
/// fence), its info string (language first, then attributes such as <c>illustration</c> or <c>exit=1</c>) and body.
/// </summary>
internal sealed record DocBlock(string File, int Line, string Language, IReadOnlyList<string> Attributes, string Body)
{
    private static readonly HashSet<string> ShellLanguages = new(StringComparer.Ordinal) { "sh", "bash", "shell", "console" };

    /// <summary><c>file:line</c> of the opening fence, relative to the repository root.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>A block of shell commands (<c>sh</c>, <c>bash</c>, <c>shell</c>, <c>console</c>).</summary>
    public bool IsShell => ShellLanguages.Contains(Language);

    /// <summary>Marked <c>illustration</c>: shown to readers, never run (needs a GitHub App, a benchmark machine…).</summary>
    public bool IsIllustration => Attributes.Contains("illustration");

    /// <summary>The exit status the block must end with (<c>exit=N</c>; 0 when absent).</summary>
    public int ExpectedExit =>
        Attributes.FirstOrDefault(a => a.StartsWith("exit=", StringComparison.Ordinal)) is { } exit ? int.Parse(exit[5..], System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>Attributes this convention does not know (a typo such as <c>ilustration</c> must not silently run or skip).</summary>
    public IEnumerable<string> UnknownAttributes =>
        Attributes.Where(a => a != "illustration" && !System.Text.RegularExpressions.Regex.IsMatch(a, "^exit=[0-9]{1,3}$"));

    /// <summary>The script to run: the body, or for <c>console</c> only the <c>$ </c> lines and their continuations.</summary>
    public string Script => Language == "console" ? ConsoleCommands(Body) : Body;

    /// <summary>The commands a reader sees: one per logical line (continuations joined), comments and blanks dropped.</summary>
    public IReadOnlyList<string> Commands =>
        [.. Script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private static string ConsoleCommands(string body)
    {
        var lines = new List<string>();
        var continuing = false;
        foreach (var line in body.Split('\n'))
        {
            if (continuing || line.StartsWith("$ ", StringComparison.Ordinal))
            {
                var command = continuing ? line : line[2..];
                lines.Add(command);
                continuing = command.EndsWith('\\');
            }
        }

        return string.Join('\n', lines);
    }
}
