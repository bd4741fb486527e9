#!/usr/bin/env python3
"""Generates the man pages and the bash completion from the built binaries' own --help.

Run by the build (installer/CMakeLists.txt) after auditbench and auditbench-cli are linked, so the pages and
the completion never drift from the code: the command list comes from `auditbench-cli --list-commands`, each
command's options from `auditbench-cli COMMAND --help` (QCommandLineParser's help layout).

    gen-cli-docs.py --cli build/bin/auditbench-cli --gui build/bin/auditbench --version 0.1.0 \
        --man-dir build/installer/man --completion build/installer/completion/auditbench-cli
"""
import argparse
import os
import re
import shutil
import subprocess
import sys


def run(argv):
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), LC_ALL="C.UTF-8",
               LANGUAGE="")
    out = subprocess.run(argv, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    return out.stdout.decode("utf-8")


class Help:
    """One QCommandLineParser help text: usage, description, options and positional arguments."""

    def __init__(self, text):
        lines = text.rstrip("\n").split("\n")
        self.usage = lines[0][len("Usage: "):] if lines[0].startswith("Usage: ") else lines[0]
        self.description = []
        self.options = []  # (names, value, text): (["-h", "--help"], None, "Show this help.")
        self.arguments = []  # (name, text)
        section = "description"
        for line in lines[1:]:
            if line in ("Options:", "Arguments:"):
                section = line[:-1].lower()
            elif section == "description":
                self.description.append(line)
            elif line.strip():
                self._entry(section, line)
        while self.description and not self.description[-1].strip():
            self.description.pop()

    def _entry(self, section, line):
        entries = self.options if section == "options" else self.arguments
        match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
        if match is None:  # a wrapped description continues the entry above
            entries[-1] = entries[-1][:-1] + (entries[-1][-1] + " " + line.strip(),)
            return
        head, text = match.group(1), match.group(2) or ""
        if section == "arguments":
            entries.append((head, text))
            return
        value = None
        if " <" in head:
            head, value = head.split(" <", 1)
            value = value.rstrip(">")
        entries.append(([n.strip() for n in head.split(",")], value, text))

    def option_names(self):
        return [n for names, _, _ in self.options for n in names]


def roff(text):
    text = text.replace("\\", "\\e")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def roff_option(names, value):
    bold = ", ".join("\\fB" + n.replace("-", "\\-") + "\\fR" for n in names)
    return bold + (" \\fI" + roff(value) + "\\fR" if value else "")


def man_page(name, summary, help_, version, see_also):
    program, _, rest = help_.usage.partition(" ")
    if name.startswith("auditbench-cli-"):
        program, _, rest = help_.usage.partition(" [")
        rest = "[" + rest if rest else ""
    page = [
        '.TH "%s" 1 "" "AuditBench %s" "User Commands"' % (name.upper(), version),
        ".SH NAME",
        "%s \\- %s" % (name, roff(summary)),
        ".SH SYNOPSIS",
        ".B %s" % roff(os.path.basename(program)),
        roff(rest),
        ".SH DESCRIPTION",
    ]
    # Each line of a command's description is a paragraph of its own (usage notes, exit statuses).
    page += [".PP\n" + roff(line) for line in help_.description if line.strip()]
    if help_.options:
        page.append(".SH OPTIONS")
        for names, value, text in help_.options:
            page += [".TP", roff_option(names, value), roff(text)]
    if help_.arguments:
        page.append(".SH ARGUMENTS")
        for arg, text in help_.arguments:
            page += [".TP", "\\fI" + roff(arg) + "\\fR", roff(text)]
    return page, see_also


def finish(page, see_also):
    if see_also:
        page.append(".SH SEE ALSO")
        page.append(",\n".join(".BR %s (1)" % s for s in see_also))
    return "\n".join(page) + "\n"


def cli_main_page(cli_help, commands, version):
    page = [
        '.TH "AUDITBENCH-CLI" 1 "" "AuditBench %s" "User Commands"' % version,
        ".SH NAME",
        "auditbench-cli \\- the AuditBench command line: verify, import, query and report audit evidence",
        ".SH SYNOPSIS",
        ".B auditbench-cli",
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGS\\fR]",
        ".br",
        ".B auditbench-cli",
        "\\fICOMMAND\\fR \\fB\\-\\-help\\fR | \\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR",
        ".SH COMMANDS",
    ]
    for name, summary in commands:
        page += [".TP", "\\fB%s\\fR" % name, roff(summary) + " See \\fBauditbench-cli-%s\\fR(1)." % name]
    page += [".SH OPTIONS", ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", "List the commands.", ".TP",
             "\\fB\\-v\\fR, \\fB\\-\\-version\\fR", "Print the version."]
    trailer = [l for l in cli_help.split("\n") if l.startswith("Run ")]
    page += [".PP"] + [roff(l) for l in trailer]
    return finish(page, ["auditbench"] + ["auditbench-cli-" + n for n, _ in commands])


def completion(commands, helps):
    """A bash completion function: commands, then each command's options, option values and files."""
    out = [
        "# bash completion for auditbench-cli; generated at build time by scripts/gen-cli-docs.py",
        "# from the CLI's own --help (do not edit).",
        "_auditbench_cli()",
        "{",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        "    if [ \"$COMP_CWORD\" -eq 1 ]; then",
        '        mapfile -t COMPREPLY < <(compgen -W "%s --help --version" -- "$cur")' % " ".join(n for n, _ in commands),
        "        return 0",
        "    fi",
        '    local options="" values=""',
        '    case "${COMP_WORDS[1]}" in',
    ]
    for name, _ in commands:
        help_ = helps[name]
        out.append('    %s) options="%s"' % (name, " ".join(help_.option_names())))
        cases = []
        for names, value, _ in help_.options:
            if value is None:
                continue
            if "|" in value:
                values = " ".join(value.split("|"))
            else:
                values = "@workspace" if "--workspace" in names else "@files"
            cases.append('            %s) values="%s" ;;' % ("|".join(names), values))
        if cases:
            out += ['        case "$prev" in'] + cases + ["        esac"]
        out.append("        ;;")
    out += [
        "    *) return 0 ;;",
        "    esac",
        '    if [ "$values" = "@workspace" ]; then',
        "        if declare -F _filedir >/dev/null; then",
        "            _filedir auditbench",
        "        else",
        '            mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X "!*.auditbench" -- "$cur")',
        "        fi",
        '    elif [ -n "$values" ] && [ "$values" != "@files" ]; then',
        '        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")',
        '    elif [ -z "$values" ] && [[ "$cur" == -* ]]; then',
        '        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")',
        "    elif declare -F _filedir >/dev/null; then",
        "        _filedir",
        "    else",
        '        mapfile -t COMPREPLY < <(compgen -f -- "$cur")',
        "    fi",
        "    return 0",
        "}",
        "complete -o filenames -F _auditbench_cli auditbench-cli",
    ]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--gui")
    parser.add_argument("--version", required=True)
    parser.add_argument("--man-dir", required=True)
    parser.add_argument("--completion", required=True)
    args = parser.parse_args()

    cli_help = run([args.cli, "--help"])
    names = [n for n in run([args.cli, "--list-commands"]).split("\n") if n]
    summaries = dict(re.findall(r"^  (\S+)\s{2,}(.*)$", cli_help, flags=re.M))
    commands = [(n, summaries.get(n, "")) for n in names]
    helps = {n: Help(run([args.cli, n, "--help"])) for n in names}

    if os.path.isdir(args.man_dir):
        shutil.rmtree(args.man_dir)  # a removed command loses its page
    os.makedirs(args.man_dir)
    pages = {"auditbench-cli.1": cli_main_page(cli_help, commands, args.version)}
    for name, summary in commands:
        pages["auditbench-cli-%s.1" % name] = finish(*man_page(
            "auditbench-cli-" + name, summary, helps[name], args.version, ["auditbench-cli"]))
    if args.gui:
        gui = Help(run([args.gui, "--help"]))
        gui.usage = "auditbench " + gui.usage.partition(" ")[2]
        pages["auditbench.1"] = finish(*man_page("auditbench", "the AuditBench evidence workbench", gui,
                                                 args.version, ["auditbench-cli"]))
    for file, text in pages.items():
        with open(os.path.join(args.man_dir, file), "w", encoding="utf-8") as f:
            f.write(text)

    os.makedirs(os.path.dirname(os.path.abspath(args.completion)), exist_ok=True)
    with open(args.completion, "w", encoding="utf-8") as f:
        f.write(completion(commands, helps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
