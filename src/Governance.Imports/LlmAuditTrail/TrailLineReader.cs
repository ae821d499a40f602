using System.Buffers;
using System.Text;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>One non-blank line of a trail, or the line where UTF-8 decoding failed.</summary>
internal sealed record TrailLine(int Number, string Text, string? DecodingError = null);

/// <summary>
/// Reads trail lines one at a time in constant memory, splitting bytes on <c>\n</c> (a trailing <c>\r</c> is
/// dropped) and decoding each line as strict UTF-8 so an invalid byte is reported on its own line.
/// Blank lines are skipped but numbered, as the reference does.
/// </summary>
internal sealed class TrailLineReader(Stream stream)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The number of the last line read (0 before any).</summary>
    public int LastNumber { get; private set; }

    /// <summary>The next non-blank line, or <c>null</c> at the end of the stream.</summary>
    public TrailLine? Next()
    {
        while (ReadLineBytes() is { } bytes)
        {
            LastNumber++;
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return new TrailLine(LastNumber, "", "the line is not valid UTF-8");
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                return new TrailLine(LastNumber, text);
            }
        }

        return null;
    }

    private byte[]? ReadLineBytes()
    {
        _line.Clear();
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || (_end = stream.Read(_buffer, 0, _buffer.Length)) == 0)
                {
                    _eof = true;
                    _start = _end = 0;
                    return _line.WrittenCount > 0 ? _line.WrittenSpan.ToArray() : null;
                }

                _start = 0;
            }

            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _line.Write(available[..newline]);
                _start += newline + 1;
                return _line.WrittenSpan.ToArray();
            }

            _line.Write(available);
            _start = _end;
        }
    }
}
