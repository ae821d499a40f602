using System.Text;

namespace Governance.GitHub.Actions;

/// <summary>
/// Talks to the Actions runner: step outputs (<c>$GITHUB_OUTPUT</c>, heredoc form with a random delimiter),
/// the step summary, annotations, masking and log groups on an injected stdout. Outside Actions
/// (<c>GITHUB_ACTIONS</c> is not <c>true</c>) every call does nothing.
/// </summary>
public sealed class GitHubActionsRuntime
{
    /// <summary>GitHub's limit for one step's summary.</summary>
    public const int MaxSummaryBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly GitHubActionsEnvironment _environment;
    private readonly TextWriter _stdout;
    private readonly Func<string> _delimiter;

    /// <summary>Creates a runtime.</summary>
    /// <param name="environment">The runner variables.</param>
    /// <param name="stdout">Where workflow commands go (the process's stdout in production).</param>
    /// <param name="delimiterFactory">Makes output delimiters; random (<c>ghadelimiter_&lt;uuid&gt;</c>) by default.</param>
    public GitHubActionsRuntime(GitHubActionsEnvironment environment, TextWriter stdout, Func<string>? delimiterFactory = null)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));
        _delimiter = delimiterFactory ?? (() => $"ghadelimiter_{Guid.NewGuid()}");
    }

    /// <summary>True inside GitHub Actions; otherwise every method is a no-op.</summary>
    public bool IsEnabled => _environment.IsActions;

    /// <summary>Sets a step output, safely for any value (multi-line included).</summary>
    /// <param name="name">The output name, e.g. <c>decision</c>.</param>
    /// <param name="value">The value.</param>
    public void SetOutput(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsEnabled)
        {
            return;
        }

        if (name.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"Output name '{name}' must be on one line.", nameof(name));
        }

        var path = _environment.OutputPath
            ?? throw new InvalidOperationException("GITHUB_OUTPUT is not set; this runner is too old for step outputs (runner 2.297.0 or later is needed).");
        File.AppendAllText(path, OutputFileEntry.Format(name, value, _delimiter), Utf8NoBom);
    }

    /// <summary>Appends GitHub-flavoured Markdown to the step summary (kept under GitHub's 1 MiB limit).</summary>
    /// <param name="markdown">The Markdown to append.</param>
    public void AppendSummary(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!IsEnabled || _environment.StepSummaryPath is not { } path)
        {
            return;
        }

        var existing = File.Exists(path) ? new FileInfo(path).Length : 0;
        var text = markdown.EndsWith('\n') ? markdown : markdown + "\n";
        var room = MaxSummaryBytes - existing;
        if (Utf8NoBom.GetByteCount(text) > room)
        {
            const string note = "\n\n*Summary truncated: GitHub shows at most 1 MiB per step.*\n";
            var keep = (int)Math.Max(0, room - Utf8NoBom.GetByteCount(note));
            text = Truncate(text, keep) + note;
            if (Utf8NoBom.GetByteCount(text) > room)
            {
                return;
            }
        }

        File.AppendAllText(path, text, Utf8NoBom);
    }

    /// <summary>Writes an error annotation (<c>::error …::</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="annotation">Where it points, if anywhere.</param>
    public void Error(string message, AnnotationProperties? annotation = null) => Command("error", message, annotation);

    /// <summary>Writes a warning annotation (<c>::warning …::</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="annotation">Where it points, if anywhere.</param>
    public void Warning(string message, AnnotationProperties? annotation = null) => Command("warning", message, annotation);

    /// <summary>Writes a notice annotation (<c>::notice …::</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="annotation">Where it points, if anywhere.</param>
    public void Notice(string message, AnnotationProperties? annotation = null) => Command("notice", message, annotation);

    /// <summary>Writes a debug line (<c>::debug::</c>), shown only with debug logging on.</summary>
    /// <param name="message">The message.</param>
    public void Debug(string message) => Command("debug", message, null);

    /// <summary>Tells the runner to mask a secret in all later logs (each line of a multi-line secret too).</summary>
    /// <param name="secret">The secret, e.g. the token.</param>
    public void AddMask(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        Command("add-mask", secret, null);
        var lines = secret.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Length > 1 ? lines : [])
        {
            Command("add-mask", line, null);
        }
    }

    /// <summary>Starts a collapsible log group; dispose the result to end it.</summary>
    /// <param name="title">The group title.</param>
    public IDisposable Group(string title)
    {
        Command("group", title, null);
        return new GroupEnd(this);
    }

    private void Command(string name, string message, AnnotationProperties? annotation)
    {
        if (IsEnabled)
        {
            _stdout.WriteLine(WorkflowCommand.Format(name, WorkflowCommand.Properties(annotation), message));
        }
    }

    private static string Truncate(string text, int maxBytes)
    {
        var chars = Math.Min(text.Length, maxBytes);
        while (chars > 0 && (Utf8NoBom.GetByteCount(text.AsSpan(0, chars)) > maxBytes || char.IsHighSurrogate(text[chars - 1])))
        {
            chars--;
        }

        return text[..chars];
    }

    private sealed class GroupEnd(GitHubActionsRuntime runtime) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                runtime.Command("endgroup", string.Empty, null);
            }
        }
    }
}
