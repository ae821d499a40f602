namespace Governance.GitHub.Tests.Support;

/// <summary>Paths of the payload fixtures copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "github-events");

    public static string Path(string fileName) => System.IO.Path.Combine(Directory, fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path(fileName));
}
