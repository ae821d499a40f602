using Governance.Audit.Tests.Support;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Audit.Tests.Bundles;

/// <summary>The bundle verified with stock tools only, independent of govern's code (the auditor's README).</summary>
public sealed class StockToolTests(ExportedBundle exported) : IClassFixture<ExportedBundle>
{
    [Fact]
    public void Bundle_GitBundleVerifyAndVerifyCommit_AcceptEveryLedgerCommit()
    {
        using var dir = Unpacked();
        var ledger = Path.Combine(dir.Path, "ledger");
        Run(dir.Path, "git", "init", "-q", ledger);

        var verify = ProcessRunner.Run("git", ["bundle", "verify", "../ledger.bundle"], ledger);
        Run(ledger, "git", "fetch", "-q", "../ledger.bundle", "refs/governance/ledger:refs/governance/ledger");
        var commits = Run(ledger, "git", "rev-list", "refs/governance/ledger").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(verify.ExitCode == 0, verify.StdErr);
        Assert.Equal(17, commits.Length);
        foreach (var commit in commits)
        {
            var result = ProcessRunner.Run("git", ["-c", "gpg.ssh.allowedSignersFile=../trust/allowed_signers", "verify-commit", commit], ledger);
            Assert.True(result.ExitCode == 0, commit + ": " + result.StdErr);
            Assert.Contains("Good \"git\" signature for recorder@acme.example", result.StdErr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bundle_ManifestWithSha256sumAndSshKeygen_Verifies()
    {
        using var dir = Unpacked();

        var sums = ProcessRunner.Run("sha256sum", ["-c", "--strict", "MANIFEST"], dir.Path);
        var sig = ProcessRunner.Run("ssh-keygen", ["-Y", "verify", "-f", "trust/allowed_signers", "-I", "recorder@acme.example", "-n", "git", "-s", "MANIFEST.sig"], dir.Path,
            File.ReadAllBytes(Path.Combine(dir.Path, "MANIFEST")));

        Assert.True(sums.ExitCode == 0, sums.StdOut + sums.StdErr);
        Assert.True(sig.ExitCode == 0, sig.StdOut + sig.StdErr);
    }

    [Fact]
    public void Bundle_DecisionAttestation_VerifiesWithSecuresystemslib()
    {
        using var dir = Unpacked();
        File.WriteAllText(Path.Combine(dir.Path, "recorder.pem"), Run(dir.Path, "ssh-keygen", "-e", "-m", "PKCS8", "-f", "trust/recorder.pub") + "\n");
        var script = Path.Combine(AppContext.BaseDirectory, "Tools", "verify_dsse.py");
        var envelope = "attestations/decision-00000017.dsse.json";

        var good = ProcessRunner.Run("/usr/bin/python3", [script, envelope, "recorder.pem"], dir.Path);
        File.WriteAllText(Path.Combine(dir.Path, "tampered.json"), File.ReadAllText(Path.Combine(dir.Path, envelope)).Replace("\"payload\":\"ey", "\"payload\":\"ez", StringComparison.Ordinal));
        var bad = ProcessRunner.Run("/usr/bin/python3", [script, "tampered.json", "recorder.pem"], dir.Path);

        Assert.True(good.ExitCode == 0, good.StdOut + good.StdErr);
        Assert.Contains("verified: https://in-toto.io/attestation/svr/v0.1", good.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
    }

    private TempDirectory Unpacked()
    {
        var dir = new TempDirectory();
        ZipEdit.Extract(exported.Zip, dir.Path);
        return dir;
    }

    private static string Run(string directory, string file, params string[] args) =>
        ProcessRunner.Run(file, args, directory).EnsureSuccess(file + " " + string.Join(' ', args)).StdOut.Trim();
}
