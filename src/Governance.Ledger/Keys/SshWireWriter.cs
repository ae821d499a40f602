using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Governance.Ledger.Keys;

/// <summary>Writes SSH wire-format primitives (RFC 4251 §5): uint32, string, mpint.</summary>
internal sealed class SshWireWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    /// <summary>Appends raw bytes with no length prefix.</summary>
    public SshWireWriter Raw(ReadOnlySpan<byte> bytes)
    {
        _buffer.Write(bytes);
        return this;
    }

    /// <summary>Appends a big-endian uint32.</summary>
    public SshWireWriter UInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
        return this;
    }

    /// <summary>Appends a length-prefixed byte string.</summary>
    public SshWireWriter String(ReadOnlySpan<byte> bytes)
    {
        UInt32((uint)bytes.Length);
        return Raw(bytes);
    }

    /// <summary>Appends a length-prefixed UTF-8 string.</summary>
    public SshWireWriter String(string text) => String(Encoding.UTF8.GetBytes(text));

    /// <summary>Appends an unsigned big-endian integer as an SSH mpint.</summary>
    public SshWireWriter MPInt(ReadOnlySpan<byte> unsignedBigEndian)
    {
        var value = unsignedBigEndian.TrimStart((byte)0);
        if (value.Length > 0 && (value[0] & 0x80) != 0)
        {
            UInt32((uint)value.Length + 1);
            _buffer.Write([(byte)0]);
            return Raw(value);
        }

        return String(value);
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
