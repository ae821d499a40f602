using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Support;

/// <summary>Runs the stock ssh-keygen for interop checks.</summary>
public static class SshKeygen
{
    public static ProcessResult Verify(string allowedSigners, string principal, string @namespace, string signatureFile, byte[] data) =>
        ProcessRunner.Run("ssh-keygen", ["-Y", "verify", "-f", allowedSigners, "-I", principal, "-n", @namespace, "-s", signatureFile], stdin: data);

    public static string Sign(string keyFile, string @namespace, string dataFile)
    {
        ProcessRunner.Run("ssh-keygen", ["-Y", "sign", "-f", keyFile, "-n", @namespace, dataFile]).EnsureSuccess("ssh-keygen -Y sign");
        return File.ReadAllText(dataFile + ".sig");
    }

    public static void Generate(string keyFile, string type, int bits)
    {
        ProcessRunner.Run("ssh-keygen", ["-q", "-t", type, "-b", bits.ToString(System.Globalization.CultureInfo.InvariantCulture), "-N", "", "-m", "PKCS8", "-f", keyFile, "-C", "gen@example.com"])
            .EnsureSuccess("ssh-keygen generate");
    }

    public static string Fingerprint(string pubFile) =>
        ProcessRunner.Run("ssh-keygen", ["-l", "-E", "sha256", "-f", pubFile]).EnsureSuccess("ssh-keygen -l").StdOut.Split(' ')[1];
}
