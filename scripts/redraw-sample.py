#!/usr/bin/env python3
"""Re-draws an AuditBench sample without AuditBench (docs/analytics.md), as an examiner would.

usage: redraw-sample.py POPULATION.json SEED SIZE

POPULATION.json lists the population in its order: the output of
`auditbench-cli query --workspace W [the sample's filters] --format json --out POPULATION.json`
(records or plain ids). Prints the ids of the sample in draw order, as `auditbench-cli sample` printed
them for algorithm splitmix64+rejection+partial-fisher-yates/v1.
"""
import json
import sys

MASK = (1 << 64) - 1


def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def draw_positions(count, size, seed):
    outputs = splitmix64(seed)

    def bounded(bound):
        # Reject the few low values that would make some remainders more likely than others.
        threshold = ((1 << 64) - bound) % bound
        while True:
            x = next(outputs)
            if x >= threshold:
                return x % bound

    positions = list(range(count))
    drawn = []
    for i in range(size):
        j = i + bounded(count - i)
        positions[i], positions[j] = positions[j], positions[i]
        drawn.append(positions[i])
    return drawn


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    population = json.load(open(sys.argv[1], encoding="utf-8"))
    ids = [r["id"] if isinstance(r, dict) else r for r in population]
    seed, size = int(sys.argv[2]), int(sys.argv[3])
    if not 0 <= seed <= (1 << 53) - 1 or not 1 <= size <= len(ids):
        sys.exit("redraw-sample.py: seed must be 0..2^53-1 and size 1..population")
    print(json.dumps([ids[p] for p in draw_positions(len(ids), size, seed)], indent=2))


if __name__ == "__main__":
    main()
