using System.Text;
using Governance.Ledger.Storage;
using Governance.Ledger.Tests.Support;
using Governance.Testing.Files;

namespace Governance.Ledger.Tests.Storage;

/// <summary>
/// The managed gpgsig split agrees with libgit2's <c>git_commit_extract_signature</c> byte for byte on every input an
/// attacker with push access could store, quirks included (a signature that only verifies under one of them would let
/// a commit sign for other bytes than the verifier hashes).
/// </summary>
public sealed class CommitSignatureTests
{
    private const string Header = "tree 4b825dc642cb6eb9a060e54bf8d69288fbe2904d\nauthor a <a@x> 1 +0000\ncommitter a <a@x> 1 +0000\n";
    private const string Sig = "gpgsig -----BEGIN SSH SIGNATURE-----\n U1NIU0lH\n -----END SSH SIGNATURE-----\n";

    public static TheoryData<string> Commits => new()
    {
        Header + Sig + "\nmessage\n",
        Header + Sig + "\nmessage",
        Header + "\nmessage\n",
        Header + "\n" + Sig,
        Header + "\nbody\n" + Sig + "tail\n",
        Header + Sig + Sig + "\nm\n",
        Header + "gpgsigX x\n" + Sig + "\nm\n",
        Header + "gpgsig\n" + Sig + "\nm\n",
        Header + "gpgsig-sha256 abc\n \n" + Sig + "\nm\n",
        Header + "gpgsig one line\n\nm\n",
        Header + "gpgsig value\n",
        Header + "gpgsig value\n ",
        Header + "gpgsig value\n cont",
        Header + "gpgsig value\n cont\n",
        Header + "gpgsig \n \n\nm\n",
        Header + Sig + "\nm\0after\n",
        Header + "\0" + Sig + "\nm\n",
        Header + "gpg\0sig x\n\nm\n",
        "gpgsig first\n" + Header + "\nm\n",
        "gpgsig first\n",
        "x\n",
        "\n\n",
    };

    [Theory]
    [MemberData(nameof(Commits))]
    public void Split_CraftedCommit_SameAsLibgit2(string content)
    {
        using var fx = new LedgerFixture();
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "commit");
        File.WriteAllBytes(file, Encoding.UTF8.GetBytes(content));
        var id = Convert.FromHexString(fx.Repo.GitOut("hash-object", "-t", "commit", "-w", "--literally", file));
        using var reader = new RawObjectReader(fx.Repo.Path);

        string Outcome(Func<(byte[] SignedData, byte[] Signature)?> split)
        {
            try
            {
                return split() is var (data, signature) ? Convert.ToHexString(data) + "|" + Convert.ToHexString(signature) : "unsigned";
            }
            catch (InvalidOperationException ex)
            {
                return "error: " + ex.Message;
            }
        }

        var libgit2 = Outcome(() => reader.ExtractSignature(id));
        var managed = Outcome(() => reader.ReadSignedCommit(id) is (_, { } data, { } signature) ? (data, signature) : null);
        Assert.Equal(libgit2, managed);
    }

    [Fact]
    public void ReadSignedCommit_MissingObject_SameErrorAsBefore()
    {
        using var fx = new LedgerFixture();
        using var reader = new RawObjectReader(fx.Repo.Path);
        var ex = Assert.Throws<InvalidOperationException>(() => reader.ReadSignedCommit(new byte[20]));
        Assert.Equal("Object 0000000000000000000000000000000000000000 is missing or corrupt.", ex.Message);
    }
}
