namespace Governance.Ledger.Storage;

/// <summary>
/// Commit ids as raw 20-byte object ids in fixed-size chunks: 20 bytes per commit instead of a 40-character string
/// (about 100 bytes on the managed heap), and no single large array to copy as it grows. Verification keeps the id of
/// every ledger commit (a million ids is 20 MB); hex strings are made only where one is shown or written.
/// </summary>
internal sealed class CommitIdList
{
    /// <summary>Bytes per object id (SHA-1).</summary>
    public const int IdSize = 20;

    private const int ChunkIds = 1 << 14;
    private readonly List<byte[]> _chunks = [];

    /// <summary>Number of ids.</summary>
    public int Count { get; private set; }

    /// <summary>The id at <paramref name="index"/> (valid until the list changes).</summary>
    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _chunks[index / ChunkIds].AsSpan(index % ChunkIds * IdSize, IdSize);
        }
    }

    /// <summary>The id at <paramref name="index"/> as lower-case hex.</summary>
    public string Hex(int index) => Convert.ToHexStringLower(this[index]);

    /// <summary>Appends an id.</summary>
    public void Add(ReadOnlySpan<byte> id)
    {
        if (id.Length != IdSize)
        {
            throw new ArgumentException("Object ids are 20 bytes.", nameof(id));
        }

        if (Count % ChunkIds == 0 && Count / ChunkIds == _chunks.Count)
        {
            _chunks.Add(new byte[ChunkIds * IdSize]);
        }

        id.CopyTo(_chunks[Count / ChunkIds].AsSpan(Count % ChunkIds * IdSize, IdSize));
        Count++;
    }

    /// <summary>Reverses the order in place (a walk from the tip yields newest first; verification wants oldest first).</summary>
    public void Reverse()
    {
        Span<byte> swap = stackalloc byte[IdSize];
        for (int i = 0, j = Count - 1; i < j; i++, j--)
        {
            var a = Slot(i);
            var b = Slot(j);
            a.CopyTo(swap);
            b.CopyTo(a);
            swap.CopyTo(b);
        }
    }

    private Span<byte> Slot(int index) => _chunks[index / ChunkIds].AsSpan(index % ChunkIds * IdSize, IdSize);
}
