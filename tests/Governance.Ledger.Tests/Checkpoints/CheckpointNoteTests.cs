using Governance.Ledger.Checkpoints;
using Governance.Ledger.Keys;
using Governance.Ledger.Merkle;

namespace Governance.Ledger.Tests.Checkpoints;

public sealed class CheckpointNoteTests
{
    private static readonly Checkpoint Sample = new("example.com/ledger", 5, MerkleHash.Leaf("x"u8));

    [Fact]
    public void Sign_Checkpoint_ProducesC2spNoteLayout()
    {
        using var key = KeyPair.Generate();
        var note = CheckpointNote.Sign(Sample, key);
        var lines = note.Split('\n');
        Assert.Equal("example.com/ledger", lines[0]);
        Assert.Equal("5", lines[1]);
        Assert.Equal(Convert.ToBase64String(Sample.RootHash.Span), lines[2]);
        Assert.Equal("", lines[3]);
        Assert.StartsWith("\u2014 example.com/ledger ", lines[4], StringComparison.Ordinal);
        Assert.Equal("", lines[5]);
        var raw = Convert.FromBase64String(lines[4].Split(' ')[2]);
        Assert.Equal(SignedNote.KeyIdOf(key.PublicKey), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(raw));
    }

    [Fact]
    public void Open_TrustedKey_ReturnsCheckpointAndSigner()
    {
        using var key = KeyPair.Generate();
        using var other = KeyPair.Generate(KeyAlgorithm.Rsa);
        var (checkpoint, signer) = CheckpointNote.Open(CheckpointNote.Sign(Sample, key), [other.PublicKey, key.PublicKey]);
        Assert.True(checkpoint.SameAs(Sample));
        Assert.Equal(key.PublicKey, signer);
    }

    [Fact]
    public void Open_UntrustedOrTamperedNote_HasNoSigner()
    {
        using var key = KeyPair.Generate();
        using var other = KeyPair.Generate();
        var note = CheckpointNote.Sign(Sample, key);
        Assert.Null(CheckpointNote.Open(note, [other.PublicKey]).Signer);
        Assert.Null(CheckpointNote.Open(note.Replace("\n5\n", "\n6\n", StringComparison.Ordinal), [key.PublicKey]).Signer);
    }

    [Fact]
    public void Open_ExtraUnknownSignature_IsIgnored()
    {
        using var key = KeyPair.Generate();
        using var witness = KeyPair.Generate();
        var signed = SignedNote.Parse(CheckpointNote.Sign(Sample, key));
        var cosigned = signed with { Signatures = [.. signed.Signatures, SignedNote.Sign(signed.Text, "witness.example", witness).Signatures[0]] };
        Assert.Equal(key.PublicKey, CheckpointNote.Open(cosigned.Format(), [key.PublicKey]).Signer);
    }

    [Theory]
    [InlineData("origin\n05\nAAAA\n")]
    [InlineData("origin with space\n5\nAAAA\n")]
    [InlineData("origin\n5\n")]
    [InlineData("origin\n5\nAAAA")]
    public void ParseBody_Malformed_Throws(string body) =>
        Assert.Throws<FormatException>(() => Checkpoint.ParseBody(body));
}
