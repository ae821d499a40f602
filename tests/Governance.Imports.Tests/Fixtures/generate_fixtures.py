#!/usr/bin/env python3
"""Regenerates the llm-audit-trail fixtures used by the Imports tests.

Follows the llm-audit-trail reference algorithm (shared/reference/llm-audit-trail-format.md §2.5):
canonical = json.dumps(record_without_curr_hash, sort_keys=True, separators=(",", ":")) (ensure_ascii
default True), payload = prev_hash + canonical (UTF-8), digest = SHA-256 or HMAC-SHA256(key), lowercase hex;
the written line is json.dumps of the full record with the same settings, plus "\n". Genesis is "GENESIS".

Run from this folder:  python3 generate_fixtures.py
Deterministic: fixed timestamps, event ids and a seeded RNG, so re-running reproduces the files.
"""
import hashlib
import hmac
import json
import random
import struct
import uuid

HMAC_KEY = "s3cret-kéy"  # the keyed fixtures' key; the tests use its UTF-8 bytes


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"))


def digest(prev_hash, body, key):
    payload = (prev_hash + canonical(body)).encode("utf-8")
    if key:
        return hmac.new(key.encode("utf-8"), payload, hashlib.sha256).hexdigest()
    return hashlib.sha256(payload).hexdigest()


def event_id(n):
    return str(uuid.UUID(int=(0x1234 << 100) | n, version=4))


def write_trail(path, events, key=None, legacy=False, alg_override=None, seq_skip_at=None):
    """events: list of dicts with event_type etc. Returns list of written records."""
    prev, seq, out = "GENESIS", None, []
    for i, e in enumerate(events):
        rec = dict(e)
        rec.setdefault("details", {})
        if not e.get("_legacy", legacy):
            seq = 0 if seq is None else seq + 1
            if i == seq_skip_at:
                seq += 1  # a writer that lost a record but kept chaining: hashes valid, seq jumps
            rec["seq"] = seq
            rec["hash_alg"] = (alg_override or {}).get(i, "hmac-sha256" if key else "sha256")
        else:
            seq = None
        rec.pop("_legacy", None)
        rec["prev_hash"] = prev
        use_key = key if rec.get("hash_alg") == "hmac-sha256" else None
        rec["curr_hash"] = digest(prev, rec, use_key)
        prev = rec["curr_hash"]
        out.append(rec)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(canonical(rec) + "\n")
    return out


def envelope(n, event_type, system, actor=None, model_id=None, dataset_id=None, deployment_id=None, details=None, ts=None):
    return {
        "schema_version": "0.2.0",
        "event_id": event_id(n),
        "timestamp": ts or "2026-02-%02dT10:%02d:%02d.%06dZ" % (1 + n, n, (7 * n) % 60, 123456 + n),
        "event_type": event_type,
        "actor": actor,
        "system": system,
        "model_id": model_id,
        "dataset_id": dataset_id,
        "deployment_id": deployment_id,
        "details": details if details is not None else {},
    }


def lifecycle():
    m, d = "support-bot-7b", "bank-faq"
    return [
        envelope(0, "DatasetRegistered", "data_engineering", "Zoë Ångström", dataset_id=d, details={
            "version": "2026.01", "source": "s3://données/faq-é.parquet", "rows": 120000,
            "content_hash": "sha256:" + "ab" * 32,
            "preprocessing": {"dedup": True, "steps": ["normalize", "strip_pii"], "ratio": 0.25,
                              "nested": {"z": 1, "a": [1.5, -0.0, None], "€": "euro", "😀": "astral"}},
            "license": "CC-BY-4.0", "datasheet_url": None, "pii_residual_risk": "low — reviewed", "owner": "Zoë Ångström"}),
        envelope(1, "DatasetAttestation", "governance", "legal@acme", dataset_id=d, details={
            "statement": "Licence verified; consent obtained — «ok»", "owner": "legal@acme", "references": ["JIRA-12"]}),
        envelope(2, "FineTuneStart", "hf_trainer", model_id=m, dataset_id=d, details={
            "learning_rate": 2e-05, "num_train_epochs": 3, "per_device_train_batch_size": 8,
            "gradient_accumulation_steps": 4, "seed": 42, "output_dir": "/ckpt/run-1", "fp16": False, "bf16": True}),
        envelope(3, "EpochEnd", "hf_trainer", model_id=m, dataset_id=d, details={
            "epoch": 1.0, "global_step": 1500, "learning_rate": 1e-05, "loss": 0.4321}),
        envelope(4, "Evaluation", "hf_trainer", model_id=m, dataset_id=d, details={
            "epoch": 3.0, "eval_loss": 0.123, "eval_accuracy": 0.874, "eval_tiny": 1e-07, "eval_big": 1e16,
            "eval_count": 10000000000000000, "eval_huge": 100000000000000000000, "eval_perplexity": float("nan"),
            "eval_max": float("inf"), "eval_min": float("-inf"), "eval_ratio": 123456789012345680.0, "eval_small": 0.0001}),
        envelope(5, "Checkpoint", "hf_trainer", model_id=m, dataset_id=d, details={"global_step": 4500, "output_dir": "/ckpt/run-1/checkpoint-4500"}),
        envelope(6, "FineTuneEnd", "hf_trainer", model_id=m, dataset_id=d, details={
            "global_step": 4500, "best_metric": 0.874, "best_model_checkpoint": "/ckpt/run-1/checkpoint-4500",
            "model_digest": "sha256:" + "cd" * 32}),
        envelope(7, "Approval", "governance", "risk-lead", model_id=m, dataset_id=d, deployment_id="prod-eu", details={
            "decision": "approved", "rationale": "Eval ≥ 0.85 — approved \"as is\"\n(second line)", "owner": "risk-lead",
            "constraints": {"rollout": "10% for 48h"}, "references": ["https://example.org/r/1", "tab\there"]}),
        envelope(8, "RiskWaiver", "governance", "ciso", model_id=m, details={
            "decision": "waived", "rationale": "latency SLO waived during rollout", "owner": "ciso",
            "waived_controls": ["SLO:latency_p95"], "time_bound_until": "2026-03-01T00:00:00Z", "references": []}),
        envelope(9, "Attestation", "governance", "compliance", model_id=m, details={
            "statement": "Model card reviewed", "owner": "compliance", "references": []}),
        envelope(10, "InferenceRequest", "fastapi", model_id=m, details={
            "request_id": "0f" * 16, "path": "/v1/chat", "method": "POST", "body_bytes": 512,
            "body_preview": None, "body_hash": "sha256:" + "01" * 32}),
        envelope(11, "InferenceResponse", "fastapi", model_id=m, details={
            "request_id": "0f" * 16, "status_code": 200, "latency_ms": 12.346, "resp_bytes": 2048,
            "resp_preview": None, "resp_hash": "sha256:" + "02" * 32, "streamed": False}),
        envelope(12, "Deployment", "release", "deploy-bot", model_id=m, deployment_id="prod-eu", details={
            "environment": "production", "model_digest": "sha256:" + "cd" * 32}),
    ]


def legacy_events(count):
    events = []
    for n in range(count):
        e = envelope(100 + n, ["DatasetRegistered", "Evaluation", "Approval"][n % 3], "paper",
                     "Developer", model_id="gpt-legacy", ts="2025-06-%02dT08:00:%02dZ" % (1 + n, n),
                     details={"note": "paper era №%d" % n, "score": 0.5 + n / 8})
        e["schema_version"] = "0.1.0"
        e["_legacy"] = True
        events.append(e)
    return events


def write_anchor(records, path, ledger_name):
    head = records[-1]
    anchor = {"seq": head.get("seq"), "hash": head["curr_hash"], "timestamp": head["timestamp"],
              "path": "/srv/ledgers/" + ledger_name, "anchored_at": "2026-02-20T12:00:00.000000Z"}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(anchor, indent=2, sort_keys=True) + "\n")


def float_table(path):
    rng = random.Random(20260201)
    values = [0.0, -0.0, 1.0, -1.0, 2e-05, 1e-05, 0.0001, 0.001, 1e16, 1e15, 9999999999999998.0,
              123456789012345680.0, 0.1, 0.2 + 0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
              100.0, 1.5, 12.346, 0.874, 1e22, 1e-07, 123456.789, 4.35, 0.30000000000000004, 1e100, 1.234e-100]
    for _ in range(1000):  # uniform over bit patterns: every exponent
        bits = rng.getrandbits(64)
        v = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if v == v and v not in (float("inf"), float("-inf")):
            values.append(v)
    for _ in range(1000):  # log-uniform around the fixed/exponent thresholds, some rounded
        v = 10 ** rng.uniform(-7, 18) * rng.choice([1, -1])
        values.append(round(v, rng.randint(0, 8)) if rng.random() < 0.4 else v)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("# IEEE-754 bits (hex)\tPython 3 repr(float) as json.dumps writes it\n")
        for v in values:
            f.write("%016x\t%s\n" % (struct.unpack("<Q", struct.pack("<d", v))[0], json.dumps(v)))


def canonical_cases(path):
    """Each line: {"input": <JSON text>, "ascii": json.dumps(..., ensure_ascii=True), "utf8": ensure_ascii=False}."""
    inputs = [
        '{"b": 1, "a": [1.0, 2e-05, 1E+16, -0.0, 10, 1e400], "c": {"y": null, "x": true}}',
        '{"\\ud83d\\ude00": 1, "\\uffff": 2, "z": 3, "\\u00e9": 4, "A": 5, "": 6}',
        '{"text": "caf\\u00e9 \\u2014 \\ud83d\\ude00 \\u0000 \\u001f \\u007f \\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t"}',
        '[NaN, Infinity, -Infinity, 1.5e300, 0.1, 100000000000000000000, -0, 0.0001, 1e-5]',
        '{"nested": {"k": [{"b": [], "a": {}}, "x"]}, "num": 123456789012345678901234567890}',
        '  {"raw": "données — 日本語 🎉"}  ',
        '{"floats": [1e22, 1e21, 1.0e16, 9.999999999999999e15, 5e-324, 2.5, 3.0]}',
    ]
    rng = random.Random(7)
    alphabet = ["a", "b", "Z", "_", "0", "é", "Å", "—", "€", "日", "\uffff", "\ue000", "😀", "𝄞", "\x7f", "\x01", "\n", "\"", "\\", "/"]

    def rand_text():
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))

    def value(depth):
        kind = rng.randint(0, 7 if depth < 3 else 4)
        if kind == 0:
            return rng.choice([None, True, False])
        if kind == 1:
            return rng.randint(-10 ** rng.randint(0, 25), 10 ** rng.randint(0, 25))
        if kind == 2:
            return rng.choice([rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30), float(rng.randint(0, 10 ** 17)), round(rng.random(), 4)])
        if kind in (3, 4):
            return rand_text()
        if kind == 5:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        return {rand_text(): value(depth + 1) for _ in range(rng.randint(0, 5))}

    for _ in range(60):  # random nested documents, written with random spacing and key order
        inputs.append(json.dumps({rand_text(): value(0) for _ in range(rng.randint(1, 6))}, ensure_ascii=rng.random() < 0.5,
                                 indent=rng.choice([None, 1, 3])))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for text in inputs:
            obj = json.loads(text)
            f.write(json.dumps({"input": text, "ascii": json.dumps(obj, sort_keys=True, separators=(",", ":")),
                                "utf8": json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)},
                               ensure_ascii=True) + "\n")


def lm_eval_files():
    """lm-evaluation-harness v0.4-shaped results, written as the harness does (json.dumps, indent=2, NaN allowed)."""
    results = {
        "results": {
            "arc_easy": {"alias": "arc_easy", "acc,none": 0.7512, "acc_stderr,none": 0.0089,
                         "acc_norm,none": 0.7201, "acc_norm_stderr,none": 0.0092},
            "gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.4124, "exact_match_stderr,strict-match": 0.0136,
                      "exact_match,flexible-extract": 0.4321, "exact_match_stderr,flexible-extract": 0.0137},
            "mmlu": {"alias": "mmlu", "acc,none": 0.6234, "acc_stderr,none": 0.0039},
            "mmlu_anatomy": {"alias": " - anatomy", "acc,none": 0.5, "acc_stderr,none": "N/A"},
            "mmlu_astronomy": {"alias": " - astronomy", "acc,none": 1, "acc_stderr,none": float("nan")},
            "truthfulqa_gen": {"alias": "truthfulqa_gen", "bleu_max,none": "N/A", "bleu_acc,none": float("nan")},
        },
        "groups": {
            "mmlu": {"alias": "mmlu", "acc,none": 0.6234, "acc_stderr,none": 0.0039},
            "mmlu_stem": {"alias": "stem", "acc,none": 0.55, "acc_stderr,none": 0.008},
        },
        "group_subtasks": {"mmlu": ["mmlu_stem"], "mmlu_stem": ["mmlu_anatomy", "mmlu_astronomy"]},
        "configs": {"arc_easy": {"task": "arc_easy", "num_fewshot": 0}},
        "versions": {"arc_easy": 1.0, "gsm8k": 3.0, "mmlu": 2, "mmlu_anatomy": 1.0, "mmlu_astronomy": "Yaml", "mmlu_stem": 2},
        "n-shot": {"arc_easy": 0, "gsm8k": 5, "mmlu_anatomy": 0, "mmlu_astronomy": 0},
        "higher_is_better": {"arc_easy": {"acc": True, "acc_norm": True}},
        "n-samples": {"arc_easy": {"original": 2376, "effective": 2376}},
        "config": {"model": "hf", "model_args": "pretrained=acme/support-bot-7b,dtype=bfloat16", "batch_size": "auto",
                   "device": "cuda:0", "limit": None, "bootstrap_iters": 100000},
        "git_hash": "a1b2c3d",
        "date": 1767261600.5,
        "pretty_env_info": "PyTorch version: 2.5.1 — ünïcode",
        "transformers_version": "4.47.0",
    }
    with open("lm-eval-results.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    v03 = {"results": {"hellaswag": {"acc": 0.5, "acc_stderr": 0.01, "acc_norm": 0.6, "acc_norm_stderr": 0.011}},
           "versions": {"hellaswag": 0}, "config": {"model": "gpt2", "num_fewshot": 0}, "lm_eval_version": "0.3.0"}
    with open("lm-eval-v03-results.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(v03, indent=2) + "\n")


def main():
    intact = write_trail("intact.jsonl", lifecycle())
    write_anchor(intact, "intact.jsonl.anchor", "intact.jsonl")
    keyed = write_trail("keyed.jsonl", lifecycle(), key=HMAC_KEY)
    write_anchor(keyed, "keyed.jsonl.anchor", "keyed.jsonl")
    # The keyed trail's content re-chained as plain SHA-256: the reference verifier accepts it even with the key.
    write_trail("keyed-downgraded.jsonl", lifecycle())
    # Keyed for three records, then the attacker continues with plain sha256 records.
    write_trail("alg-switch.jsonl", lifecycle()[:6], key=HMAC_KEY, alg_override={3: "sha256", 4: "sha256", 5: "sha256"})
    write_trail("legacy.jsonl", legacy_events(4))
    write_trail("seq-gap.jsonl", lifecycle()[:5], seq_skip_at=3)
    write_trail("unknown-alg.jsonl", lifecycle()[:4], alg_override={2: "md5"})
    # A paper-era ledger continued by the current writer: seq restarts at 0 after the legacy records.
    write_trail("legacy-then-current.jsonl", legacy_events(3) + lifecycle()[:3])
    float_table("python-floats.tsv")
    canonical_cases("canonical-cases.jsonl")
    lm_eval_files()


if __name__ == "__main__":
    main()
