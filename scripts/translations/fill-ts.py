#!/usr/bin/env python3
"""Fills the Qt catalogues translations/auditbench_LANG.ts from the reviewable data files LANG.tsv here.

The .ts files are what lupdate writes (XML, with source locations); translators do not edit them. They edit
one line per string in scripts/translations/LANG.tsv:

    context<TAB>source<TAB>translation                  (an ordinary string)
    context<TAB>source<TAB>singular<TAB>plural          (a %n string: Qt's two numerus forms for de and fr)

Escapes in source and translation: \\n newline, \\t tab, \\\\ backslash. Lines starting with # are comments.
The context "*" stands for every context that has no line of its own for that source.

Workflow after sources changed (see docs/translations.md):
    cmake --build build --target update_translations    # lupdate: new strings appear as unfinished
    python3 scripts/translations/fill-ts.py             # fills every string the data files translate
    python3 scripts/translations/fill-ts.py --missing   # lists what still needs a line, as TSV to fill in

Only the <translation> element of a message is rewritten, in lupdate's own layout and escaping, so running
lupdate afterwards changes nothing (tests/i18n/tst_catalogue_drift checks it).
Exit status: 0 every message translated and every translation keeps the source's placeholders; 1 otherwise.
"""

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(__file__).resolve().parent
LANGUAGES = ("de", "fr")

MESSAGE_RE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:L?\d{1,2}|n)")


def unescape_field(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def escape_field(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def xml_unescape(text):
    return html.unescape(text)


def xml_escape(text):
    # lupdate's own escaping (linguist's ts.cpp, protect()), so the file stays byte-identical on re-runs:
    # control characters as <byte/>, non-ASCII white space (the French no-break space) as a numeric entity.
    named = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
    out = []
    for ch in text:
        code = ord(ch)
        if ch in named:
            out.append(named[ch])
        elif code < 0x20 and ch not in "\n\t":
            out.append(f'<byte value="x{code:x}"/>')
        elif code > 0x7F and ch.isspace():
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def load_data(path):
    table, problems = {}, []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            problems.append(f"{path.name}:{number}: expected context, source and translation separated by tabs")
            continue
        context, source, forms = fields[0], unescape_field(fields[1]), [unescape_field(f) for f in fields[2:]]
        if not all(forms):
            # A line from --missing not translated yet: the string stays unfinished (and is reported).
            continue
        key = (context, source)
        if key in table:
            problems.append(f"{path.name}:{number}: a second line for this context and source")
        table[key] = (forms, number)
    return table, problems


def placeholders(text):
    return sorted(set(PLACEHOLDER_RE.findall(text)))


def check_forms(source, forms, numerus):
    """Why these forms cannot stand for source (empty list: they can)."""
    wanted = placeholders(source)
    issues = []
    if numerus and len(forms) != 2:
        issues.append(f"expected 2 numerus forms, found {len(forms)}")
    if not numerus and len(forms) != 1:
        issues.append("expected one translation (the source has no %n)")
    for form in forms:
        have = placeholders(form)
        # A singular may spell out the number ("ein Fehler") only when the source's %n is its sole count.
        if have != wanted and not (numerus and [p for p in wanted if p != "%n"] == have):
            issues.append(f"placeholders {have} but the source has {wanted}: {form!r}")
        if source.endswith("…") != form.endswith("…"):
            issues.append(f"the source {'ends' if source.endswith('…') else 'does not end'} with …: {form!r}")
        if source.count("&") - source.count("& ") - source.count("&amp;") > 0 and "&" not in form:
            issues.append(f"the source has a mnemonic (&) the translation lacks: {form!r}")
    return issues


def render_translation(forms, numerus):
    if not numerus:
        return "<translation>" + xml_escape(forms[0]) + "</translation>"
    inner = "".join("\n            <numerusform>" + xml_escape(f) + "</numerusform>" for f in forms)
    return "<translation>" + inner + "\n        </translation>"


def fill(lang, write, missing_out):
    ts_path = ROOT / "translations" / f"auditbench_{lang}.ts"
    data_path = DATA_DIR / f"{lang}.tsv"
    table, problems = load_data(data_path)
    text = ts_path.read_text(encoding="utf-8")
    used, missing, total = set(), [], 0

    def fill_context(ctx_match):
        context = xml_unescape(ctx_match.group("name"))

        def fill_message(msg):
            nonlocal total
            body, attrs = msg.group("body"), msg.group("attrs")
            if 'type="vanished"' in body or 'type="obsolete"' in body:
                return msg.group(0)
            total += 1
            numerus = 'numerus="yes"' in attrs
            source = xml_unescape(SOURCE_RE.search(body).group(1))
            key = (context, source) if (context, source) in table else ("*", source)
            if key not in table:
                missing.append((context, source, numerus))
                return msg.group(0)
            forms, number = table[key]
            used.add(key)
            issues = check_forms(source, forms, numerus)
            if issues:
                problems.extend(f"{data_path.name}:{number}: {context}: {i}" for i in issues)
                return msg.group(0)
            new_body = TRANSLATION_RE.sub(lambda _: render_translation(forms, numerus), body, count=1)
            return msg.group(1) + new_body + msg.group(4)

        filled = MESSAGE_RE.sub(fill_message, ctx_match.group("body"))
        return ctx_match.group(0).replace(ctx_match.group("body"), filled, 1)

    new_text = CONTEXT_RE.sub(fill_context, text)
    stale = sorted(k for k in table if k not in used and k[0] != "*")
    for context, source in stale:
        print(f"{lang}: unused line (no such string in the catalogue any more): {context}: {source!r}",
              file=sys.stderr)
    for context, source, numerus in missing:
        print(f"{lang}: untranslated: {context}: {source!r}", file=sys.stderr)
        if missing_out is not None:
            missing_out.write(f"{context}\t{escape_field(source)}\t" + ("\t" if numerus else "") + "\n")
    for problem in problems:
        print(f"{lang}: {problem}", file=sys.stderr)
    changed = new_text != text
    if changed and not write and missing_out is None:
        problems.append(f"{ts_path.name} differs from {data_path.name}: run scripts/translations/fill-ts.py")
        print(f"{lang}: {problems[-1]}", file=sys.stderr)
    if write and changed:
        ts_path.write_text(new_text, encoding="utf-8")
    print(f"{lang}: {total - len(missing)} of {total} messages translated"
          + (", catalogue updated" if write and changed else ""))
    return not missing and not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES), help="languages to fill (default: de fr)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail when a string is missing or the catalogue is not filled")
    parser.add_argument("--missing", action="store_true",
                        help="print the untranslated strings as TSV lines to complete and append to LANG.tsv")
    args = parser.parse_args()
    ok = True
    for lang in args.languages:
        ok &= fill(lang, write=not args.check and not args.missing, missing_out=sys.stdout if args.missing else None)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
