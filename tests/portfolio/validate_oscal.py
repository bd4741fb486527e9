#!/usr/bin/python3
"""Validates OSCAL JSON documents against the vendored OSCAL 1.1.2 complete schema (tests/data/oscal/).

Usage: validate_oscal.py SCHEMA DOCUMENT...   Prints one line per error; exit 0 when every document is valid,
1 when one is not, 2 when the tools are missing. Run with Debian's /usr/bin/python3 (python3-jsonschema); the
schema's \\p{L}-style patterns need python3-regex, which replaces Python's re for the `pattern` keyword.
"""
import json
import sys

try:
    import jsonschema
    import regex
except ImportError as e:  # the test reports this line
    print(f"missing Python module: {e.name} (apt-get install python3-jsonschema python3-regex)")
    sys.exit(2)


def pattern(validator, patrn, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(patrn, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {patrn!r}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Validator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": pattern})
    validator = Validator(schema, format_checker=None)
    bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in validator.iter_errors(document):
            bad += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: /{where}: {error.message[:300]}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
