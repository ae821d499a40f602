using System.Runtime.CompilerServices;
using System.Text;

namespace Governance.Testing.Snapshots;

/// <summary>
/// A small snapshot helper with Verify's conventions: <c>{Class}.{Method}.verified.{ext}</c> beside the test file,
/// <c>*.received.*</c> written (and git-ignored) on mismatch, LF line endings, no trailing newline.
/// Set <c>GOVERNANCE_ACCEPT_SNAPSHOTS=1</c> to accept received output.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified file and fails with a diff hint on mismatch.</summary>
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name ?? method}");
        var verifiedPath = $"{stem}.verified.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        var normalized = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("GOVERNANCE_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var message = verified is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)}; wrote {Path.GetFileName(receivedPath)}. Review and rename it to accept."
            : $"Snapshot mismatch: compare {Path.GetFileName(receivedPath)} with {Path.GetFileName(verifiedPath)}.\n{FirstDifference(verified, normalized)}";
        Xunit.Assert.Fail(message);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  verified: {left}\n  received: {right}";
            }
        }

        return "";
    }
}
