#!/usr/bin/env python3
"""Writes the agent runtime export of docs/performance-packages.md (docs/spec/formats.md section 2).

One agent with N audit entries (default 100,000): 70 % connector.called over 4 connectors, 20 %
policy.evaluated, 10 % secret.accessed; 4 connector configurations, 30 drift events, sequential timestamps
over 28 days, hex hashes. Deterministic (no randomness), so every run writes the same bytes.

usage: gen_runtime_export.py OUT.json [ENTRIES]
"""
import hashlib
import json
import sys

AGENT = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
CONNECTORS = [("crowdstrike", ["list_detections", "get_host"]), ("jira", ["create_ticket", "comment"]),
              ("splunk", ["search", "list_indexes"]), ("slack", ["post_message"])]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    span = 28 * 24 * 3600 * 1000  # milliseconds
    entries = []
    for i in range(n):
        ms = i * span // n
        ts = "2026-02-%02dT%02d:%02d:%02d.%03dZ" % (1 + ms // 86400000, ms // 3600000 % 24, ms // 60000 % 60,
                                                   ms // 1000 % 60, ms % 1000)
        e = {"id": "e%06d" % i, "sequence": i + 1, "timestamp": ts, "agent_id": AGENT}
        kind = i % 10
        if kind < 7:
            name, ops = CONNECTORS[i % 4]
            e.update({"action_type": "connector.called", "actor": "agent", "connector": name,
                      "operation": ops[i % len(ops)], "decision": "allow",
                      "input_sha256": hashlib.sha256(b"in%d" % i).hexdigest(),
                      "output_sha256": hashlib.sha256(b"out%d" % i).hexdigest()})
        elif kind < 9:
            e.update({"action_type": "policy.evaluated", "actor": "agent", "connector": CONNECTORS[i % 4][0],
                      "decision": "deny" if i % 3 == 0 else "allow", "risk_score": i % 100})
        else:
            e.update({"action_type": "secret.accessed", "actor": "agent", "connector": CONNECTORS[i % 4][0]})
        entries.append(e)
    doc = {
        "format": "arx-runtime-export", "version": 1, "exported_at": "2026-03-01T12:00:00Z",
        "organization": {"id": "org_bench", "name": "Bench Corp"},
        "agents": [{"id": AGENT, "name": "bench-agent", "status": "active", "deployed_at": "2026-01-31T00:00:00Z",
                    "owner": "secops@example.com",
                    "intent_manifest": {"systems": [c for c, _ in CONNECTORS],
                                        "actions": sorted({o for _, ops in CONNECTORS for o in ops}),
                                        "data_types": ["endpoint telemetry", "ticket metadata"]}}],
        "connector_configs": [{"agent_id": AGENT, "connector": c, "operations": ops, "credential_storage": "vault"}
                              for c, ops in CONNECTORS],
        "policy_rules": [{"id": "pol_1", "agent_id": AGENT, "name": "deny-high-risk", "effect": "deny",
                          "active": True, "risk_threshold": 70}],
        "drift_events": [{"id": "drf_%d" % k, "agent_id": AGENT, "detected_at": "2026-02-%02dT09:00:00Z" % (1 + k % 28),
                          "severity": ["low", "medium", "high"][k % 3], "response": "alert",
                          "description": "called splunk.list_indexes, not in intent manifest"} for k in range(30)],
        "audit_entries": entries,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
