using System.Security.Cryptography;
using System.Text;

namespace Governance.Ledger.Index;

/// <summary>
/// Names of the subject index in a batch's last commit: <c>index/meta</c>, and per key
/// <c>index/&lt;h0h1&gt;/&lt;h2h3&gt;/&lt;h4…h63&gt;/&lt;chunk&gt;</c> (h = SHA-256 of the key) holding <c>&lt;seq&gt; &lt;commit&gt;</c> lines.
/// </summary>
public static class IndexLayout
{
    /// <summary>The index subtree in the commit's tree.</summary>
    public const string Folder = "index";

    /// <summary>The index's header file.</summary>
    public const string MetaFile = "meta";

    /// <summary>The format version this code writes and reads; any other version is read as "no index".</summary>
    public const int Version = 1;

    /// <summary>Lines per chunk blob: a batch rewrites only the last chunk of a key.</summary>
    public const int ChunkLines = 128;

    /// <summary>The hex SHA-256 of a key, which names its folder.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The three path segments of a key's folder below <c>index/</c>.</summary>
    public static (string First, string Second, string Last) Path(string keyHash) => (keyHash[..2], keyHash[2..4], keyHash[4..]);

    /// <summary>The name of chunk number <paramref name="number"/>.</summary>
    public static string ChunkName(int number) => number.ToString("x6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One index line.</summary>
    public static string Line(long seq, string commitId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seq} {commitId}\n");
}
