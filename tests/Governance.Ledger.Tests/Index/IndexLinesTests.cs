using System.Globalization;
using System.Text;
using Governance.Ledger.Index;

namespace Governance.Ledger.Tests.Index;

/// <summary>
/// The byte-level line reader replaced a string-based one; over crafted and randomly mutated chunks both must accept
/// the same lines, with the same values, and refuse the same ones with the same message.
/// </summary>
public sealed class IndexLinesTests
{
    private const long Size = 5_000;
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    [Theory]
    [InlineData("12 " + Commit + "\n")]
    [InlineData("4999 " + Commit + "\n")]
    [InlineData("012 " + Commit + "\n")]
    [InlineData("0 " + Commit + "\n")]
    [InlineData("5000 " + Commit + "\n")]
    [InlineData("+12 " + Commit + "\n")]
    [InlineData(" 12 " + Commit + "\n")]
    [InlineData("12  " + Commit + "\n")]
    [InlineData("12 " + Commit)]
    [InlineData("12 " + Commit + "\r\n")]
    [InlineData("12 0123456789ABCDEF0123456789abcdef01234567\n")]
    [InlineData("12 0123456789abcdef0123456789abcdef0123456\n")]
    [InlineData("99999999999999999999 " + Commit + "\n")]
    [InlineData("12 " + Commit + "\n11 " + Commit + "\n")]
    [InlineData("12 " + Commit + "\n12 " + Commit + "\n")]
    [InlineData("12 " + Commit + "\n13 " + Commit + "\n")]
    [InlineData("\n")]
    [InlineData("1٢ " + Commit + "\n")]
    public void Read_CraftedChunk_SameOutcomeAsTheStringReader(string chunk) => AssertSame(Encoding.UTF8.GetBytes(chunk));

    [Fact]
    public void Read_RandomlyMutatedChunks_SameOutcomeAsTheStringReader()
    {
        var random = new Random(15);
        var alphabet = "0123456789abcdefABCDEF \n\r+-x\u00e9"u8.ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(n => $"{10 + (n * random.Next(1, 3))} {Commit}\n")));
            for (var m = random.Next(0, 3); m > 0; m--)
            {
                bytes[random.Next(bytes.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            AssertSame(bytes);
        }
    }

    private static void AssertSame(byte[] chunk)
    {
        var expected = Reference(chunk);
        var actual = new List<(long, string)>();
        string? error = null;
        try
        {
            var rest = chunk.AsSpan();
            while (!rest.IsEmpty)
            {
                var length = IndexLines.Read(rest, Size, actual.Count > 0 ? actual[^1].Item1 : 0, "k", out var seq);
                actual.Add((seq, IndexLines.CommitOf(rest[..length])));
                rest = rest[length..];
            }
        }
        catch (FormatException ex)
        {
            error = ex.Message;
        }

        Assert.Equal(expected.Error, error);
        if (error is null)
        {
            Assert.Equal(expected.Lines, actual);
        }
    }

    // The reader this replaced (IndexReader.ParseChunk before issue 15's second round), kept as the reference.
    private static (List<(long, string)> Lines, string? Error) Reference(byte[] chunk)
    {
        var into = new List<(long, string)>();
        var text = Encoding.ASCII.GetString(chunk);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var space = end < 0 ? -1 : text.IndexOf(' ', start, end - start);
            if (space < 0 || end - space - 1 != 40
                || !long.TryParse(text.AsSpan(start, space - start), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                || text[start] == '0' || seq < 1 || seq >= Size || (into.Count > 0 && seq <= into[^1].Item1))
            {
                return (into, "index key k: malformed or out-of-order line");
            }

            var commit = text.Substring(space + 1, 40);
            if (commit.Any(c => c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f'))))
            {
                return (into, "index key k: malformed commit id");
            }

            into.Add((seq, commit));
            start = end + 1;
        }

        return (into, null);
    }
}
