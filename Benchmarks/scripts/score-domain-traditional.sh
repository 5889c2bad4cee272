#!/usr/bin/env bash
# The domain check on Traditional text: Benchmarks/domain's texts and terms converted to
# Traditional characters with ICU's Simplified-Traditional transliterator (uconv, from
# Debian's icu-devtools), segmented as they are and with --simplified, and scored as in
# score-domain.sh (a term counts when its Traditional form comes out as one token).
# Usage: Benchmarks/scripts/score-domain-traditional.sh [path/to/zhtext]
set -euo pipefail
cd "$(dirname "$0")/../.."
zhtext="${1:-.build/release/zhtext}"
[ -x "$zhtext" ] || swift build -c release >/dev/null
command -v uconv >/dev/null || { echo "uconv is missing (apt-get install icu-devtools)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
uconv -x Simplified-Traditional < Benchmarks/domain/terms.txt > "$work/terms.txt"
for file in Benchmarks/domain/text/*.txt; do uconv -x Simplified-Traditional < "$file" > "$work/$(basename "$file")"; done
echo "| segmenter | terms whole | share |"
echo "| --- | --- | --- |"
for mode in plain simplified; do
    : > "$work/out-$mode.txt"
    for file in "$work"/[0-9]*.txt; do
        if [ "$mode" = plain ]; then
            "$zhtext" segment "$file" >> "$work/out-$mode.txt"
        else
            # --simplified writes Simplified tokens: map them back to the Traditional text.
            "$zhtext" segment --simplified "$file" | python3 -c '
import sys
original = open(sys.argv[1], encoding="utf-8").read().splitlines()
for line, source in zip(sys.stdin.read().splitlines(), original):
    chars = iter(source.replace(" ", ""))
    print(" ".join("".join(next(chars) for _ in token) for token in line.split()))
' "$file" >> "$work/out-$mode.txt"
        fi
    done
    python3 Benchmarks/scripts/score-domain.py "$work/terms.txt" "$work/out-$mode.txt" --quiet \
        | awk -v m="$mode" '{gsub(/[(),]/, "", $5); printf "| zhtext (%s) | %s | %s |\n", (m=="plain" ? "Traditional as is" : "--simplified"), $3, $5}'
done
