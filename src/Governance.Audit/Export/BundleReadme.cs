using System.Globalization;
using System.Text;

namespace Governance.Audit.Export;

/// <summary>The bundle's README: what each file is and how to verify it with stock tools only (git, ssh-keygen, openssl, python3).</summary>
public static class BundleReadme
{
    /// <summary>The README text for a bundle whose manifest is signed by <paramref name="recorderPrincipal"/>.</summary>
    public static byte[] Format(string recorderPrincipal, string origin, long size, string rootHex, string? exampleAttestation)
    {
        var attestation = exampleAttestation ?? "attestations/decision-NNNNNNNN.dsse.json";
        var text = string.Create(CultureInfo.InvariantCulture, $$"""
            # Governance evidence bundle

            Ledger origin `{{origin}}`, {{size}} entries, Merkle root `{{rootHex}}` (RFC 9162), manifest signed by
            `{{recorderPrincipal}}` (the recorder key in `trust/recorder.pub`).

            | File | What it is |
            |---|---|
            | `ledger.bundle` | the ledger: a git bundle of `refs/governance/ledger`, one signed commit per entry |
            | `trust/allowed_signers`, `trust/principals.yaml` | the trust files of the trusted ref; `trust/SOURCE` names the ref and commit |
            | `trust/recorder.pub` | the recorder key that signed `MANIFEST.sig` and the decision attestations |
            | `checkpoint` | the newest checkpoint (C2SP signed note: origin, size, root) |
            | `proofs/inclusion.jsonl` | RFC 9162 inclusion proofs of the exported entries against `checkpoint` |
            | `attestations/*.dsse.json` | each decision as an in-toto Statement (SVR predicate) in a DSSE envelope |
            | `report.html` | the audit report (self-contained, opens offline) |
            | `controls.csv` | EU AI Act / NIST AI RMF controls with the entries that evidence them |
            | `MANIFEST`, `MANIFEST.sig` | SHA-256 of every other file; the recorder's SSH signature over it |

            Compare the fingerprint of `trust/recorder.pub` (`ssh-keygen -lf trust/recorder.pub`) and the checkpoint
            with ones you obtained independently: a bundle can only vouch for itself relative to its own trust files.

            ## Verify with govern

                govern audit verify-bundle bundle.zip [--trusted-checkpoint earlier.checkpoint]

            ## Verify with stock tools

                unzip -q bundle.zip -d b && cd b
                sha256sum -c MANIFEST
                grep -qF "$(cut -d' ' -f1,2 trust/recorder.pub)" trust/allowed_signers && echo recorder key is trusted
                ssh-keygen -Y verify -f trust/allowed_signers -I '{{recorderPrincipal}}' -n git -s MANIFEST.sig < MANIFEST
                git init -q ledger && git -C ledger bundle verify ../ledger.bundle
                git -C ledger fetch -q ../ledger.bundle 'refs/governance/ledger:refs/governance/ledger'
                for c in $(git -C ledger rev-list refs/governance/ledger); do
                  git -C ledger -c gpg.ssh.allowedSignersFile=../trust/allowed_signers verify-commit "$c" 2>/dev/null || echo "BAD $c"
                done
                git -C ledger show refs/governance/ledger:checkpoint | cmp - checkpoint && echo checkpoint is the ledger head

            A decision attestation (DSSE, ECDSA P-256 over the pre-authentication encoding):

                python3 - {{attestation}} <<'PY'
                import base64, json, sys
                e = json.load(open(sys.argv[1])); p = base64.b64decode(e["payload"]); t = e["payloadType"].encode()
                open("pae.bin", "wb").write(b"DSSEv1 %d %s %d %s" % (len(t), t, len(p), p))
                open("sig.der", "wb").write(base64.b64decode(e["signatures"][0]["sig"]))
                print(json.dumps(json.loads(p), indent=2))
                PY
                ssh-keygen -e -m PKCS8 -f trust/recorder.pub > recorder.pem
                openssl dgst -sha256 -verify recorder.pem -signature sig.der pae.bin

            Inclusion proofs against the checkpoint's root (RFC 9162 §2.1.3.2):

                python3 - <<'PY'
                import base64, hashlib, json
                root = base64.b64decode(open("checkpoint").read().split("\n")[2])
                for line in open("proofs/inclusion.jsonl"):
                    p = json.loads(line); fn, sn = p["leafIndex"], p["treeSize"] - 1; r = bytes.fromhex(p["leafHash"])
                    for h in map(bytes.fromhex, p["path"]):
                        if sn == 0: raise SystemExit("bad proof for entry %d" % p["seq"])
                        if fn % 2 == 1 or fn == sn:
                            r = hashlib.sha256(b"\x01" + h + r).digest()
                            while fn % 2 == 0 and fn != 0: fn >>= 1; sn >>= 1
                        else:
                            r = hashlib.sha256(b"\x01" + r + h).digest()
                        fn >>= 1; sn >>= 1
                    assert sn == 0 and r == root, "bad proof for entry %d" % p["seq"]
                print("all inclusion proofs verify")
                PY

            """);
        return Encoding.UTF8.GetBytes(text);
    }
}
