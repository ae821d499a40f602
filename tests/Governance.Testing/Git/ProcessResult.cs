namespace Governance.Testing.Git;

/// <summary>Exit code and captured output of a child process.</summary>
public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Throws with the captured output unless the process exited with 0.</summary>
    public ProcessResult EnsureSuccess(string what)
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({ExitCode}): {StdErr}{StdOut}");
        }

        return this;
    }
}
