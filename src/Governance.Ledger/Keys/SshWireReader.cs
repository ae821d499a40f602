using System.Buffers.Binary;
using System.Text;

namespace Governance.Ledger.Keys;

/// <summary>Reads SSH wire-format primitives; every read is bounds-checked and throws <see cref="FormatException"/>.</summary>
internal ref struct SshWireReader(ReadOnlySpan<byte> data)
{
    private ReadOnlySpan<byte> _rest = data;

    /// <summary>True when every byte has been consumed.</summary>
    public readonly bool AtEnd => _rest.IsEmpty;

    /// <summary>Reads <paramref name="count"/> raw bytes.</summary>
    public ReadOnlySpan<byte> Raw(int count)
    {
        if (count < 0 || count > _rest.Length)
        {
            throw new FormatException("SSH wire data is truncated.");
        }

        var result = _rest[..count];
        _rest = _rest[count..];
        return result;
    }

    /// <summary>Reads a big-endian uint32.</summary>
    public uint UInt32() => BinaryPrimitives.ReadUInt32BigEndian(Raw(4));

    /// <summary>Reads a length-prefixed byte string.</summary>
    public ReadOnlySpan<byte> String()
    {
        var length = UInt32();
        if (length > int.MaxValue)
        {
            throw new FormatException("SSH string length is out of range.");
        }

        return Raw((int)length);
    }

    /// <summary>Reads a length-prefixed UTF-8 string.</summary>
    public string Text() => Encoding.UTF8.GetString(String());

    /// <summary>Reads a non-negative mpint and returns its magnitude left-padded to <paramref name="size"/> bytes.</summary>
    public byte[] UnsignedMPInt(int size)
    {
        var result = new byte[size];
        UnsignedMPInt(result);
        return result;
    }

    /// <summary>Reads a non-negative mpint into <paramref name="destination"/>, left-padded with zeros to its length.</summary>
    public void UnsignedMPInt(Span<byte> destination)
    {
        var value = String();
        if (value.Length > 0 && (value[0] & 0x80) != 0)
        {
            throw new FormatException("Negative mpint where a positive integer was expected.");
        }

        value = value.TrimStart((byte)0);
        if (value.Length > destination.Length)
        {
            throw new FormatException("mpint is larger than expected.");
        }

        destination[..^value.Length].Clear();
        value.CopyTo(destination[^value.Length..]);
    }

    /// <summary>Throws unless every byte has been consumed.</summary>
    public readonly void EnsureEnd()
    {
        if (!_rest.IsEmpty)
        {
            throw new FormatException("Trailing data after SSH structure.");
        }
    }
}
