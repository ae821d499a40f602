using System.Diagnostics;
using System.Text;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Cli.Tests.Docs;

/// <summary>
/// The repository the docs' commands run against: <c>docs/prelude.sh</c> runs once into a template folder (with
/// <c>govern</c> on PATH as a wrapper around the test build's <c>govern.dll</c>); each block then runs with bash in
/// its own copy of that folder, so blocks cannot depend on each other.
/// </summary>
public sealed class DocSandbox : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "governance-docs-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly Lazy<string> _template;
    private readonly Lazy<string> _governBin;

    /// <summary>Creates the sandbox; the prelude runs on first use.</summary>
    public DocSandbox()
    {
        _template = new(Prepare);
        _governBin = new(WriteGovernWrapper);
    }

    /// <summary>Runs a block's script in a fresh copy of the prepared repository.</summary>
    internal BlockRun Run(DocBlock block)
    {
        var template = _template.Value;
        var work = Path.Combine(_root, "run-" + Guid.NewGuid().ToString("N")[..8]);
        ProcessRunner.Run("cp", ["-a", template, work]).EnsureSuccess("cp -a " + template);
        try
        {
            var header = $$"""
                source "$W/env.sh"
                set -euo pipefail
                trap 'rc=$?; echo "{{block.File}}:$((LINENO + __BASE)): exit $rc: $BASH_COMMAND" >&2' ERR
                """;
            var headerLines = header.Split('\n').Length;
            var script = Path.Combine(work, "block.sh");
            File.WriteAllText(script, $"__BASE={block.Line - headerLines - 1}\n{header}\n{block.Script}\n");
            var result = Bash(script, work);
            return new BlockRun(result.ExitCode, result.StdOut, result.StdErr);
        }
        finally
        {
            ProcessRunner.Run("rm", ["-rf", work]);
        }
    }

    /// <inheritdoc />
    public void Dispose() => ProcessRunner.Run("rm", ["-rf", _root]);

    private string Prepare()
    {
        Directory.CreateDirectory(_root);
        var template = Path.Combine(_root, "template");
        var result = Bash(RepositoryRoot.Combine("docs", "prelude.sh"), template);
        if (result.ExitCode != 0 || !File.Exists(Path.Combine(template, "env.sh")))
        {
            throw new InvalidOperationException($"docs/prelude.sh failed (exit {result.ExitCode}):\n{result.StdOut}\n{result.StdErr}");
        }

        return template;
    }

    private ProcessResult Bash(string script, string work)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add("--noprofile");
        psi.ArgumentList.Add("--norc");
        psi.ArgumentList.Add(script);
        psi.WorkingDirectory = RepositoryRoot.Path;
        foreach (var name in psi.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("RUNNER_", StringComparison.Ordinal) || k.StartsWith("GOVERNANCE_", StringComparison.Ordinal) || k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            psi.Environment.Remove(name);
        }

        psi.Environment["W"] = work;
        psi.Environment["GOVERNANCE_DOCS_DIR"] = work;
        psi.Environment["HOME"] = Path.Combine(work, "home");
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["PATH"] = _governBin.Value + ":" + psi.Environment["PATH"];
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return new ProcessResult(-1, stdout.Result, stderr.Result + "\n(timed out after 10 minutes)");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private string WriteGovernWrapper()
    {
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var wrapper = Path.Combine(bin, "govern");
        var dll = Path.Combine(AppContext.BaseDirectory, "govern.dll");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec \"{dotnet}\" \"{dll}\" \"$@\"\n", new UTF8Encoding(false));
        ProcessRunner.Run("chmod", ["755", wrapper]).EnsureSuccess("chmod " + wrapper);
        return bin;
    }
}

/// <summary>How a block's script ended.</summary>
internal sealed record BlockRun(int Exit, string Output, string Error);
