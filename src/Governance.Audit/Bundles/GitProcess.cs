using System.Diagnostics;
using System.Text;

namespace Governance.Audit.Bundles;

/// <summary>Runs stock <c>git</c> (bundles are made and read with the same tool an auditor uses).</summary>
public static class GitProcess
{
    /// <summary>Runs git in <paramref name="directory"/>; returns stdout bytes, or throws <see cref="IOException"/> with stderr on failure.</summary>
    public static byte[] Run(string directory, byte[]? input, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["LC_ALL"] = "C";
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new IOException("cannot start git");
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
        }

        process.StandardInput.Close();
        copy.GetAwaiter().GetResult();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout.ToArray()
            : throw new IOException($"git {string.Join(' ', args)}: {stderr.GetAwaiter().GetResult().Trim()}");
    }

    /// <summary>Runs git and returns trimmed stdout text.</summary>
    public static string Text(string directory, params string[] args) => Encoding.UTF8.GetString(Run(directory, null, args)).Trim();
}
