#!/usr/bin/env python3
"""Straightforward baseline verifier for benchmarks (docs/performance.md): json + hmac + hashlib.

Implements docs/spec/chain.md's MAC for records whose numbers are integers below 2^53 and whose member names are ASCII
(true of the demo data), where json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) is the
JCS form. Orders by sequence, checks sequence, previous_hmac linkage, key presence and the MAC; prints a
result like `auditbench-cli verify` (valid, events_checked, errors). Not a product: a yardstick.

usage: python_verify.py --keyring keyring.json FILE.ndjson|FILE.json
"""
import argparse
import base64
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


def load_records(path):
    with open(path, encoding="utf-8") as f:
        first = f.read(1)
        while first.isspace():
            first = f.read(1)
        f.seek(0)
        if first == "[":
            return json.load(f)
        text = f.read()
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
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keyring", required=True)
    ap.add_argument("file")
    args = ap.parse_args()
    keys = load_keyring(args.keyring)
    records = load_records(args.file)
    errors = verify(records, keys)
    json.dump({"valid": not errors, "events_checked": len(records), "errors": errors[:1000],
               "error_count": len(errors)}, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
