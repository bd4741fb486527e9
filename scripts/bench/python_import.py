#!/usr/bin/env python3
"""Plain baseline loader for the import benchmark (docs/performance-workspace.md): json + sqlite3.

Loads a gateway audit export (NDJSON or a JSON array of records) into one SQLite table with the columns
AuditBench indexes (the same ten indexes, created before the load as a straightforward script would) and
every record's raw JSON, plus the original file stored zlib-compressed in 8 MiB chunks; one transaction,
WAL journal, synchronous=FULL like the workbench. Each record is parsed in full with json.loads (invalid
JSON stops the load). Not a product: a yardstick.

usage: python_import.py --db OUT.sqlite FILE.ndjson|FILE.json
"""
import argparse
import datetime
import hashlib
import json
import os
import sqlite3
import sys
import zlib

CHUNK = 8 << 20
NO_TS = (1 << 63) - 1

SCHEMA = [
    "CREATE TABLE sources (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,"
    " file_name TEXT NOT NULL, record_count INTEGER NOT NULL)",
    "CREATE TABLE source_chunks (source_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, data BLOB NOT NULL,"
    " UNIQUE (source_id, ordinal))",
    "CREATE TABLE gateway_records (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,"
    " record_id TEXT, sequence INTEGER, ts_text TEXT, ts_ms INTEGER, sort_ms INTEGER NOT NULL,"
    " category TEXT, action TEXT, framework TEXT, entity_type TEXT, user_id TEXT, user_email TEXT,"
    " policy_name TEXT, raw TEXT NOT NULL)",
    "CREATE INDEX gateway_sort ON gateway_records(sort_ms)",
    "CREATE INDEX gateway_framework ON gateway_records(framework, sort_ms)",
    "CREATE INDEX gateway_action ON gateway_records(action, sort_ms)",
    "CREATE INDEX gateway_entity_type ON gateway_records(entity_type, sort_ms)",
    "CREATE INDEX gateway_category ON gateway_records(category, sort_ms)",
    "CREATE INDEX gateway_user_id ON gateway_records(user_id)",
    "CREATE INDEX gateway_user_email ON gateway_records(user_email)",
    "CREATE INDEX gateway_policy ON gateway_records(policy_name)",
    "CREATE INDEX gateway_source ON gateway_records(source_id, ordinal)",
    "CREATE INDEX gateway_record_id ON gateway_records(record_id)",
]


def records(data):
    """(ordinal, raw text) of every record: NDJSON lines, or the elements of a top-level JSON array."""
    text = data.decode("utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        for i, rec in enumerate(json.loads(stripped)):
            yield i, json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
        return
    i = 0
    for line in text.splitlines():
        line = line.strip()
        if line:
            yield i, line
            i += 1


def epoch_ms(ts):
    if not isinstance(ts, str):
        return None
    try:
        return int(datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def text(rec, key):
    v = rec.get(key)
    return v if isinstance(v, str) else None


def rows(source_id, data):
    for ordinal, raw in records(data):
        rec = json.loads(raw)
        ms = epoch_ms(rec.get("timestamp"))
        seq = rec.get("sequence")
        rid = rec.get("id")
        yield (source_id, ordinal, rid if rid is None or isinstance(rid, str) else json.dumps(rid),
               seq if isinstance(seq, int) else None, text(rec, "timestamp"), ms,
               NO_TS if ms is None else ms, text(rec, "category"), text(rec, "action"),
               text(rec, "framework"), text(rec, "entity_type"), text(rec, "user_id"),
               text(rec, "user_email"), text(rec, "policy_name"), raw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("file")
    args = ap.parse_args()
    if os.path.exists(args.db):
        sys.exit(f"{args.db}: exists; give a new file")
    with open(args.file, "rb") as f:
        data = f.read()
    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA cache_size = -65536")
    db.execute("BEGIN IMMEDIATE")
    for s in SCHEMA:
        db.execute(s)
    db.executemany("INSERT INTO gateway_records (source_id, ordinal, record_id, sequence, ts_text, ts_ms,"
                   " sort_ms, category, action, framework, entity_type, user_id, user_email, policy_name, raw)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows(1, data))
    count = db.execute("SELECT count(*) FROM gateway_records").fetchone()[0]
    db.executemany("INSERT INTO source_chunks (source_id, ordinal, data) VALUES (1, ?, ?)",
                   ((i, zlib.compress(data[at:at + CHUNK], 1)) for i, at in
                    enumerate(range(0, max(len(data), 1), CHUNK))))
    db.execute("INSERT INTO sources (id, sha256, size, file_name, record_count) VALUES (1, ?, ?, ?, ?)",
               (hashlib.sha256(data).hexdigest(), len(data), os.path.basename(args.file), count))
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(json.dumps({"records": count, "bytes": len(data), "workspace_bytes": os.path.getsize(args.db)}))


if __name__ == "__main__":
    main()
