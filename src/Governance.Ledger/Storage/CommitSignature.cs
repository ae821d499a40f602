namespace Governance.Ledger.Storage;

/// <summary>
/// Splits a raw commit into the bytes that were signed and its <c>gpgsig</c> value, with exactly the rules of libgit2's
/// <c>git_commit_extract_signature</c> (which this replaces on the verification path: that call reads the commit a second
/// time and copies it twice). The rules, quirks included, so that both agree byte for byte on any input: the object is
/// read as a C string (up to its first NUL); lines are scanned in order, the message included; a line is only examined
/// when more text follows it; the first line starting with <c>gpgsig</c> followed by a space holds the value, continued
/// by each following line that starts with a space (that space dropped, lines joined by LF); the signed data is every
/// line before it plus everything after its last continuation line. A line starting with <c>gpgsig</c> and no space
/// loses those six bytes from the signed data (libgit2 skips them). Compared with libgit2 on crafted commits in the
/// storage tests.
/// </summary>
internal static class CommitSignature
{
    private static ReadOnlySpan<byte> Field => "gpgsig"u8;

    /// <summary>
    /// The signed data and armored signature bytes, or null when the commit carries no signature (libgit2's
    /// GIT_ENOTFOUND). Throws <see cref="FormatException"/> where libgit2 reports a malformed header.
    /// </summary>
    public static (byte[] SignedData, byte[] Signature)? Split(ReadOnlySpan<byte> raw)
    {
        var nul = raw.IndexOf((byte)0);
        var data = nul < 0 ? raw : raw[..nul];
        using var signed = new MemoryStream(data.Length);
        var buf = 0;
        while (true)
        {
            var newline = data[buf..].IndexOf((byte)'\n');
            if (newline < 0 || buf + newline + 1 >= data.Length)
            {
                return null;
            }

            var next = buf + newline + 1;
            if (!data[buf..].StartsWith(Field))
            {
                signed.Write(data[buf..next]);
                buf = next;
                continue;
            }

            var h = buf + Field.Length;
            if (h >= data.Length || data[h] != (byte)' ')
            {
                buf = h;
                continue;
            }

            var eol = h + data[h..].IndexOf((byte)'\n');
            h++;
            var signature = new MemoryStream(eol - h + 1024);
            signature.Write(data[h..eol]);
            while (eol + 1 < data.Length && data[eol + 1] == (byte)' ')
            {
                signature.WriteByte((byte)'\n');
                h = eol + 2;
                var end = data[h..].IndexOf((byte)'\n');
                if (end < 0)
                {
                    throw new FormatException("malformed header");
                }

                eol = h + end;
                signature.Write(data[h..eol]);
            }

            signed.Write(data[(eol + 1)..]);
            return (signed.ToArray(), signature.ToArray());
        }
    }
}
