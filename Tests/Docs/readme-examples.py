#!/usr/bin/env python3
"""Checks that the README's examples print what the README shows.

An example is either a ```console block whose first line is `$ ...`, a line that runs zhtext, and
whose other lines are its output, or a ```sh block holding one such line followed by a ```text
block: the output. `--check` (the default) runs each example with the given binary from the repository
root and compares its standard output with the block; `--update` rewrites the blocks with what
the commands print now. Usage: Tests/Docs/readme-examples.py [--update] [ZHTEXT] [FILE.md...]
"""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
args = sys.argv[1:]
update = "--update" in args
args = [a for a in args if a != "--update"]
binary = Path(args[0]).resolve() if args and not args[0].endswith(".md") else ROOT / ".build/debug/zhtext"
files = [Path(a) for a in args if a.endswith(".md")] or [ROOT / "README.md"]
if binary.name != "zhtext":
    sys.exit(f"readme-examples: {binary} must be named zhtext (examples call it by that name)")
if not binary.exists():
    sys.exit(f"readme-examples: {binary} is missing: build zhtext first (swift build)")

EXAMPLE = re.compile(r"```sh\n\$ ([^\n]*zhtext [^\n]*)\n```\n\n```text\n(.*?)```\n"
                     r"|```console\n\$ ([^\n]*zhtext [^\n]*)\n(.*?)```\n", re.S)
failed = passed = 0
for file in files:
    text = file.read_text()

    def run(match):
        global failed, passed
        console = match.group(3) is not None
        command, shown = (match.group(3), match.group(4)) if console else (match.group(1), match.group(2))
        # The line runs in bash (pipes such as `| head -5` work) with the binary as `zhtext`.
        env = dict(os.environ, PATH=f"{binary.parent}:{os.environ.get('PATH', '')}")
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, errors="replace",
                                text=True, env=env)
        output = result.stdout
        if update:
            if console:
                return f"```console\n$ {command}\n{output}```\n"
            return f"```sh\n$ {command}\n```\n\n```text\n{output}```\n"
        # (A pipe into head may end zhtext early with SIGPIPE: status 141 is no failure then.)
        if output == shown and result.returncode in (0, 141):
            passed += 1
        else:
            failed += 1
            print(f"readme-examples: {file.name}: `{command}` printed something else (exit {result.returncode}):")
            for line in output.splitlines()[:8]:
                print("    " + line)
        return match.group(0)

    new = EXAMPLE.sub(run, text)
    if update and new != text:
        file.write_text(new)
        print(f"readme-examples: updated {file}")
if not update:
    print(f"readme examples: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
