using System.Diagnostics;
using System.Text.RegularExpressions;
using Governance.Testing.Files;

namespace Governance.Cli.Tests.GitHub;

/// <summary>
/// Runs the composite action the way the runner does: each <c>run:</c> step in <c>bash --noprofile --norc -eo pipefail</c>
/// with its <c>env:</c> expressions resolved, a fresh <c>GITHUB_OUTPUT</c> per step, <c>if:</c> honoured, later
/// steps skipped after a failure unless their condition says otherwise. <c>uses:</c> steps (setup-dotnet) are
/// skipped: this machine has the SDK. The <c>build</c> step is replaced by the test build's <c>govern.dll</c>.
/// </summary>
internal sealed partial class ActionRunner(CompositeAction action, Dictionary<string, string> runnerEnv, Dictionary<string, string> inputs, string githubToken)
{
    private readonly Dictionary<string, Dictionary<string, string>> _stepOutputs = new(StringComparer.Ordinal);

    public string Stdout { get; private set; } = "";

    public int ExitCode { get; private set; }

    public IReadOnlyList<string> Ran { get; private set; } = [];

    public Dictionary<string, string> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the emulated runner cache keeps its archives; null replaces the install by the test build.</summary>
    public string? ToolCache { get; init; }

    /// <summary>Seconds each step took, by step id, in order (set-up time is everything before <c>evaluate</c>).</summary>
    public List<(string Step, double Seconds)> Timings { get; } = [];

    public void Run()
    {
        var ran = new List<string>();
        var failed = false;
        var allInputs = action.InputDefaults();
        foreach (var (name, value) in inputs)
        {
            allInputs[name] = value;
        }

        var stdout = new System.Text.StringBuilder();
        foreach (var step in action.Steps())
        {
            var condition = step.If ?? "";
            if ((failed && !condition.Contains("!cancelled()", StringComparison.Ordinal)) || (condition.Length > 0 && !Evaluate(condition, allInputs)))
            {
                continue;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (step.Uses is not null)
            {
                if (ToolCache is not null && step.Uses.StartsWith("actions/cache/", StringComparison.Ordinal))
                {
                    var with = step.With.ToDictionary(p => p.Key, p => Resolve(p.Value, allInputs), StringComparer.Ordinal);
                    _stepOutputs[step.Id ?? step.Uses] = step.Uses.StartsWith("actions/cache/restore@", StringComparison.Ordinal)
                        ? new(StringComparer.Ordinal) { ["cache-hit"] = EmulatedCache.Restore(ToolCache, with["key"], with["path"]) ? "true" : "false" }
                        : [];
                    if (step.Uses.StartsWith("actions/cache/save@", StringComparison.Ordinal))
                    {
                        EmulatedCache.Save(ToolCache, with["key"], with["path"]);
                    }

                    ran.Add(step.Uses[..step.Uses.IndexOf('@', StringComparison.Ordinal)]);
                    Timings.Add((step.Id ?? step.Uses, clock.Elapsed.TotalSeconds));
                }

                continue;
            }

            if (step.Id == "install" && ToolCache is null)
            {
                var launcher = Resolve("${{ steps.tool.outputs.govern }}", allInputs);
                Directory.CreateDirectory(Path.GetDirectoryName(launcher)!);
                File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "govern.dll")}' \"$@\"\n");
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                ran.Add("install (test build's govern.dll)");
                continue;
            }

            var (exit, output) = RunStep(step, allInputs);
            Timings.Add((step.Id ?? "?", clock.Elapsed.TotalSeconds));
            stdout.Append(output);
            ran.Add(step.Id ?? "?");
            if (exit != 0)
            {
                failed = true;
                ExitCode = exit;
            }
        }

        foreach (var (name, value) in action.OutputValues())
        {
            Outputs[name] = Resolve(value, allInputs);
        }

        Stdout = stdout.ToString();
        Ran = ran;
    }

    private (int Exit, string Output) RunStep(CompositeAction.Step step, Dictionary<string, string> allInputs)
    {
        var outputFile = Path.Combine(runnerEnv["RUNNER_TEMP"], $"output-{step.Id}-{Guid.NewGuid():N}");
        File.WriteAllText(outputFile, "");
        var script = Path.Combine(runnerEnv["RUNNER_TEMP"], $"step-{step.Id}.sh");
        File.WriteAllText(script, step.Run);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", script })
        {
            start.ArgumentList.Add(arg);
        }

        start.WorkingDirectory = step.WorkingDirectory is { } wd ? Resolve(wd, allInputs) : runnerEnv["GITHUB_WORKSPACE"];
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("RUNNER_", StringComparison.Ordinal) || k.StartsWith("GOVERNANCE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in runnerEnv)
        {
            start.Environment[name] = value;
        }

        start.Environment["GITHUB_OUTPUT"] = outputFile;
        foreach (var (name, value) in step.Env)
        {
            start.Environment[name] = Resolve(value, allInputs);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _stepOutputs[step.Id ?? "?"] = ActionsOutputTests.Outputs(File.ReadAllText(outputFile)).Concat(PlainOutputs(File.ReadAllText(outputFile)))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return (process.ExitCode, output + error.Result);
    }

    private static IEnumerable<KeyValuePair<string, string>> PlainOutputs(string file) =>
        file.Split('\n').Where(l => l.Contains('=', StringComparison.Ordinal) && !l.Contains("<<", StringComparison.Ordinal))
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf('=', StringComparison.Ordinal)], l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].TrimEnd('\r')));

    private string Resolve(string text, Dictionary<string, string> allInputs) =>
        ExpressionPattern().Replace(text, m => Lookup(m.Groups[1].Value.Trim(), allInputs));

    private string Lookup(string expression, Dictionary<string, string> allInputs)
    {
        var parts = expression.Split('.');
        return parts switch
        {
            ["inputs", var name] => Resolve(allInputs[name], allInputs),
            ["github", "token"] => githubToken,
            ["github", "action_path"] => runnerEnv["GITHUB_ACTION_PATH"],
            ["github", "workspace"] => runnerEnv["GITHUB_WORKSPACE"],
            ["runner", "os"] => "Linux",
            ["runner", "arch"] => System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToUpperInvariant(),
            ["steps", var id, "outputs", var name] => _stepOutputs.TryGetValue(id, out var o) && o.TryGetValue(name, out var v) ? v : "",
            _ => throw new InvalidOperationException($"expression not supported by the test runner: {expression}"),
        };
    }

    /// <summary><c>&amp;&amp;</c>-joined terms: <c>!cancelled()</c>, <c>X == 'v'</c>, <c>X != 'v'</c>.</summary>
    private bool Evaluate(string condition, Dictionary<string, string> allInputs)
    {
        var inner = condition.Trim();
        if (inner.StartsWith("${{", StringComparison.Ordinal))
        {
            inner = inner[3..^2];
        }

        foreach (var term in inner.Split("&&").Select(t => t.Trim()))
        {
            var m = ComparisonPattern().Match(term);
            var ok = term == "!cancelled()" || (m.Success && (Lookup(m.Groups["left"].Value, allInputs) == m.Groups["right"].Value) == (m.Groups["op"].Value == "=="));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^(?<left>[\w.-]+)\s*(?<op>==|!=)\s*'(?<right>[^']*)'$")]
    private static partial Regex ComparisonPattern();
}
