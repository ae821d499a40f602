namespace Governance.Ledger.Verification;

/// <summary>
/// One bit per commit of the chain, by position from the tip (0 = the newest): set when that commit's signature was
/// verified while the ids were collected (<see cref="TailPrecheck"/>). A million commits take 125 KB. Written by one
/// thread, read only after that thread has finished.
/// </summary>
internal sealed class SignatureBits
{
    private ulong[] _words = new ulong[64];

    /// <summary>How many bits are set.</summary>
    public int Count { get; private set; }

    /// <summary>Records that the signature of the commit <paramref name="fromNewest"/> places from the tip verified.</summary>
    public void Set(long fromNewest)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromNewest);
        var word = fromNewest >> 6;
        if (word >= _words.Length)
        {
            Array.Resize(ref _words, (int)Math.Max(word + 1, _words.Length * 2L));
        }

        var bit = 1UL << (int)(fromNewest & 63);
        if ((_words[word] & bit) == 0)
        {
            _words[word] |= bit;
            Count++;
        }
    }

    /// <summary>Whether the signature of the commit <paramref name="fromNewest"/> places from the tip verified.</summary>
    public bool Contains(long fromNewest) =>
        fromNewest >= 0 && (fromNewest >> 6) < _words.Length && (_words[fromNewest >> 6] & (1UL << (int)(fromNewest & 63))) != 0;
}
