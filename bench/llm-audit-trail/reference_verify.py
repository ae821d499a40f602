#!/usr/bin/env python3
"""A re-implementation of llm-audit-trail's verify_log (shared/reference/llm-audit-trail-format.md §2.6),
used only to time it beside `govern audit verify` on the same number of entries (docs/benchmarks.md).
The real package is not installable on this machine (no PyPI); this follows its algorithm step by step:
parse each line, check the prev_hash link, re-canonicalise with json.dumps(sort_keys, compact separators),
recompute SHA-256 (or HMAC-SHA256) over prev_hash + canonical, compare in constant time, check seq.

  python3 reference_verify.py generate N trail.jsonl   # write a valid N-record trail
  python3 reference_verify.py verify trail.jsonl       # verify it; prints records and seconds
"""
import hashlib
import hmac
import json
import sys
import time


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"))


def digest(prev_hash, body):
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


def generate(n, path):
    prev = "GENESIS"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            rec = {"schema_version": "0.2.0", "event_id": "e-%d" % i, "timestamp": "2026-02-01T10:00:00.%06dZ" % (i % 1000000),
                   "event_type": "Evaluation", "actor": "ci", "system": "bench", "model_id": "m", "dataset_id": None,
                   "deployment_id": None, "details": {"metric": "acc", "value": 0.5 + i * 1e-7}, "seq": i,
                   "hash_alg": "sha256", "prev_hash": prev}
            rec["curr_hash"] = digest(prev, rec)
            prev = rec["curr_hash"]
            f.write(canonical(rec) + "\n")


def verify(path):
    prev, last_seq, count = "GENESIS", None, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            curr = rec.pop("curr_hash")
            if rec.get("prev_hash") != prev:
                return False, count
            if rec.get("hash_alg", "sha256") not in ("sha256",):
                return False, count
            if not hmac.compare_digest(digest(prev, rec), curr):
                return False, count
            seq = rec.get("seq")
            if isinstance(seq, int):
                if last_seq is not None and seq != last_seq + 1:
                    return False, count
                last_seq = seq
            prev, count = curr, count + 1
    return True, count


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(int(sys.argv[2]), sys.argv[3])
    else:
        start = time.perf_counter()
        ok, count = verify(sys.argv[2])
        elapsed = time.perf_counter() - start
        print(f"{'ok' if ok else 'FAILED'} {count} records in {elapsed:.3f} s ({count / elapsed:,.0f} records/s)")
