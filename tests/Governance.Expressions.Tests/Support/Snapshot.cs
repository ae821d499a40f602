using System.Runtime.CompilerServices;
using System.Text;

namespace Governance.Expressions.Tests.Support;

/// <summary>Verify-style snapshots: compares with <c>{Class}.{Test}.verified.txt</c> beside the test file; on a mismatch
/// writes <c>*.received.txt</c> (git-ignored) and fails. A missing verified file fails too, after writing received.</summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string file = "")
    {
        var directory = Path.GetDirectoryName(file)!;
        var stem = $"{Path.GetFileNameWithoutExtension(file)}.{name}";
        var verified = Path.Combine(directory, stem + ".verified.txt");
        var received = Path.Combine(directory, stem + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Fail(expected is null
            ? $"no snapshot {verified}; review {received} and rename it to .verified.txt"
            : $"snapshot {verified} differs; see {received}");
    }
}
