#!/usr/bin/env python3
"""Every public declaration of the library targets (Sources/, not the command-line tool in
Sources/zhtext nor the build tool) has a `///` doc comment on the line before it (attributes
such as @discardableResult may stand between). Prints each one that has none, as FILE:LINE,
and exits 1 if there is any. Run from anywhere: python3 Tests/Docs/doc-comments.py
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DECLARATION = re.compile(r"^(@\w+(\(.*\))?\s+)*(public|open)\s+(?!=)")

missing, total = [], 0
for path in sorted((ROOT / "Sources").rglob("*.swift")):
    relative = path.relative_to(ROOT)
    if relative.parts[1] in ("zhtext", "EmbedDataTool"):
        continue
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines):
        text = line.strip()
        # Extensions carry no comment of their own; `public import` is no declaration.
        if not DECLARATION.match(text) or text.startswith("public import") or "extension" in text.split("{")[0].split()[:3]:
            continue
        total += 1
        before = number - 1
        while before >= 0 and lines[before].strip().startswith("@"):
            before -= 1
        previous = lines[before].strip() if before >= 0 else ""
        if not (previous.startswith("///") or previous.endswith("*/")):
            missing.append(f"{relative}:{number + 1}: {text[:100]}")

for entry in missing:
    print(entry)
print(f"doc comments: {total - len(missing)} of {total} public declarations documented")
sys.exit(1 if missing else 0)
