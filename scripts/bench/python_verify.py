#!/usr/bin/env python3
"""Straightforward baseline verifier for benchmarks (docs/performance.md): json + hmac + hashlib.

Implements docs/spec/chain.md's MAC for records whose numbers are integers below 2^53 and whose member names are ASCII
(true of the demo data), where json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) is the
JCS form. Orders by sequence, checks sequence, previous_hmac linkage, key presence and the MAC; prints a
result like `auditbench-cli verify`: valid, events_checked, errors, first and last event, anchor, head, the
keys (fingerprint, records), the source's SHA-256 and the contract's coverage (first, last, gaps over 24 h,
complete), which is what issue 15's pairing asks of the baseline. Not a product: a yardstick.

usage: python_verify.py --keyring keyring.json FILE.ndjson|FILE.json
"""
import argparse
import base64
import datetime
import os
import hashlib
import hmac
import json
import sys

GENESIS = "0" * 64


def load_keyring(path):
    keys = {}
    with open(path, encoding="utf-8") as f:
        for k in json.load(f)["keys"]:
            kind, _, value = k["secret"].partition(":")
            keys[k["id"]] = bytes.fromhex(value) if kind == "hex" else base64.b64decode(value)
    return keys


def load_records(data):
    text = data.decode("utf-8")
    if text.lstrip()[:1] == "[":
        return json.loads(text)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        doc = None
    if isinstance(doc, dict):
        for key in ("items", "data", "records", "audit_logs", "audit_entries"):
            if isinstance(doc.get(key), list):
                return doc[key]
        return [doc]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def verify(records, keys):
    if all(isinstance(r.get("sequence"), int) for r in records):
        records = sorted(records, key=lambda r: r["sequence"])
    errors = []
    prev = None
    for n, r in enumerate(records, 1):
        key_id, previous, stored = r.get("hmac_key_id"), r.get("previous_hmac"), r.get("hmac")
        missing = next((m for m, v in (("hmac_key_id", key_id), ("previous_hmac", previous), ("hmac", stored))
                        if not isinstance(v, str)), None)
        if missing:
            errors.append(f"Event {n}: malformed record (missing '{missing}')")
            prev = r
            continue
        if prev is not None and isinstance(prev.get("sequence"), int) and isinstance(r.get("sequence"), int) \
                and r["sequence"] != prev["sequence"] + 1:
            errors.append(f"Event {n}: sequence break (expected {prev['sequence'] + 1}, got {r['sequence']})")
        if prev is not None and prev.get("hmac") != previous:
            errors.append(f"Event {n}: previous_hmac mismatch")
        key = keys.get(key_id)
        if key is None:
            errors.append(f"Event {n}: unknown hmac_key_id '{key_id}'")
        else:
            content = {k: v for k, v in r.items() if k not in ("hmac", "previous_hmac")}
            message = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            computed = hmac.new(key, message + previous.encode("ascii"), hashlib.sha256).hexdigest()
            if computed != stored:
                errors.append(f"Event {n}: HMAC mismatch (expected '{computed[:8]}...', got '{stored[:8]}...')")
        prev = r
    return records, errors


def event(r):
    return {"id": r.get("id"), "timestamp": r.get("timestamp"), "sequence": r.get("sequence")}


def key_counts(records, keys):
    counts = {}
    for r in records:
        counts[r.get("hmac_key_id")] = counts.get(r.get("hmac_key_id"), 0) + 1
    return [{"id": k, "fingerprint": hashlib.sha256(keys[k]).hexdigest()[:16], "records": n}
            for k, n in sorted(counts.items(), key=lambda kv: str(kv[0])) if k in keys]


def instant(text):
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (AttributeError, TypeError, ValueError):
        return None


def coverage(records, max_gap_hours=24):
    """docs/spec/chain.md, Coverage, without a requested period: first, last, the gaps, complete."""
    gaps = []
    prev = prev_time = None
    for r in records:
        t = instant(r.get("timestamp"))
        if t is None:
            continue
        if prev_time is not None and (t - prev_time).total_seconds() > max_gap_hours * 3600:
            gaps.append({"after": prev.get("id"), "before": r.get("id"), "from": prev.get("timestamp"),
                         "to": r.get("timestamp"), "seconds": int((t - prev_time).total_seconds())})
        prev, prev_time = r, t
    return {"requested": None, "first": records[0].get("timestamp") if records else None,
            "last": records[-1].get("timestamp") if records else None, "max_gap_hours": max_gap_hours,
            "gaps": gaps[:1000], "gap_count": len(gaps), "starts_late": False, "ends_early": False,
            "complete": bool(records) and not gaps}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keyring", required=True)
    ap.add_argument("file")
    args = ap.parse_args()
    keys = load_keyring(args.keyring)
    with open(args.file, "rb") as f:
        data = f.read()
    records = load_records(data)
    records, errors = verify(records, keys)
    result = {"valid": not errors, "events_checked": len(records), "errors": errors[:1000],
              "error_count": len(errors), "first_event": event(records[0]) if records else None,
              "last_event": event(records[-1]) if records else None,
              "anchor": records[0].get("previous_hmac") if records else None,
              "head_hmac": records[-1].get("hmac") if records else None,
              "keys": key_counts(records, keys),
              "sources": [{"file": os.path.basename(args.file), "sha256": hashlib.sha256(data).hexdigest(),
                           "records": len(records)}],
              "coverage": coverage(records)}
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
