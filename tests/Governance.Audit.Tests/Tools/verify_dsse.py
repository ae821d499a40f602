"""Verifies a DSSE envelope's signature with Debian's python3-securesystemslib, independent of govern's code.

usage: verify_dsse.py envelope.json public-key.pem   (exit 0 verified, 1 not)
The pre-authentication encoding is built here from the DSSE spec; securesystemslib checks the ECDSA signature.
"""
import base64, hashlib, json, sys
from securesystemslib.signer import SSlibKey, Signature

envelope = json.load(open(sys.argv[1]))
pem = open(sys.argv[2]).read()
payload = base64.b64decode(envelope["payload"])
ptype = envelope["payloadType"].encode()
pae = b"DSSEv1 %d %s %d %s" % (len(ptype), ptype, len(payload), payload)
keyid = hashlib.sha256(pem.encode()).hexdigest()  # securesystemslib 0.26 wants hex key ids; ours is only a hint
key = SSlibKey(keyid, "ecdsa", "ecdsa-sha2-nistp256", {"public": pem})
for s in envelope["signatures"]:
    try:
        key.verify_signature(Signature(keyid, base64.b64decode(s["sig"]).hex()), pae)
        print("verified: " + json.loads(payload)["predicateType"])
        sys.exit(0)
    except Exception as ex:  # noqa: BLE001 - any failure means not verified
        print("not verified: %s" % ex)
sys.exit(1)
