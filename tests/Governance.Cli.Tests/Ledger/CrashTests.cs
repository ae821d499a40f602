using System.Diagnostics;
using System.Text;

namespace Governance.Cli.Tests.Ledger;

public sealed class CrashTests
{
    private const int BatchSize = 1500;

    [Fact]
    public void RecordKilledAtRandomPoints_LedgerStaysValidWithWholeBatchesOnly()
    {
        using var repo = LedgerRepo.Create();
        var evidence = repo.Write("batch.json", Batch());
        var random = new Random(20261122);
        long size = 0;
        var killedMidway = 0;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var process = Start(repo.Path, "record", "--from-evidence", evidence, "--key", "keys/recorder.pem");
            Thread.Sleep(random.Next(150, 1200));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                killedMidway++;
            }

            process.WaitForExit(30_000);

            var verify = repo.Govern("audit", "verify");
            Assert.True(verify.Exit == 0, $"attempt {attempt}: {verify.Output}{verify.Error}");
            var now = Size(verify.Output);
            Assert.True(now == size || now == size + BatchSize, $"attempt {attempt}: {size} -> {now} entries; a batch must land whole or not at all");
            size = now;
        }

        Assert.True(killedMidway > 0, "no attempt was killed mid-append; the timing no longer exercises a crash");
        Assert.Equal(0, repo.Govern("record", "--from-evidence", evidence, "--key", "keys/recorder.pem").Exit);
        Assert.Equal(size + BatchSize, Size(repo.Govern("audit", "verify").Output));
    }

    private static long Size(string verifyOutput) =>
        verifyOutput.StartsWith("intact: the ledger is empty", StringComparison.Ordinal) ? 0 : long.Parse(verifyOutput.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static Process Start(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govern.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process;
    }

    private static string Batch()
    {
        var text = new StringBuilder("{\"evaluations\":[");
        for (var i = 0; i < BatchSize; i++)
        {
            text.Append(i == 0 ? "" : ",").Append("{\"metric\":\"task-").Append(i).Append("/acc\",\"value\":0.5,\"digest\":\"").Append(Govern.Digest).Append("\",\"time\":\"2026-11-21T00:00:00Z\"}");
        }

        return text.Append("]}").ToString();
    }
}
