#!/usr/bin/env bash
# Domain check: how often segmenters keep the terms of Benchmarks/domain/terms.txt whole on the
# news and political-essay texts in Benchmarks/domain/text (see Benchmarks/domain/README.md).
# Usage: Benchmarks/scripts/score-domain.sh [zhtext segment options, e.g. --dict FILE]
# Extra arguments go to `zhtext segment` for the zhtext row and the ICU row (--engine icu; left
# out when the arguments name an --engine themselves).
# Scores jieba too (HMM=True) when Python can import it (/usr/bin/python3 is tried first).
# DETAILS=1 also prints, per segmenter, the terms that were split.
set -euo pipefail
cd "$(dirname "$0")/../.."
domain=Benchmarks/domain
scorer=Benchmarks/scripts/score-domain.py
zhtext=.build/release/zhtext
[ -x "$zhtext" ] || swift build -c release >&2

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
files=("$domain"/text/*.txt)

rows=()
score() {
    local name="$1" file="$2" line
    if [ "${DETAILS:-0}" = 1 ]; then
        echo "## $name"
        python3 "$scorer" "$domain/terms.txt" "$file"
        echo
    fi
    line="$(python3 "$scorer" --quiet "$domain/terms.txt" "$file")"
    rows+=("$(sed -E 's/^terms whole: ([0-9]+\/[0-9]+) occurrences \(([0-9.]+%)\).*/| '"$name"' | \1 | \2 |/' <<<"$line")")
}

for f in "${files[@]}"; do "$zhtext" segment "$@" "$f"; done > "$out/zhtext.txt"
score "zhtext${*:+ $*}" "$out/zhtext.txt"
if [[ " $* " != *" --engine "* ]]; then
    for f in "${files[@]}"; do "$zhtext" segment "$@" --engine icu "$f"; done > "$out/icu.txt"
    score "zhtext${*:+ $*} --engine icu" "$out/icu.txt"
fi

py=""
for p in /usr/bin/python3 python3; do
    if "$p" -c 'import jieba' 2>/dev/null; then py="$p"; break; fi
done
if [ -n "$py" ]; then
    "$py" -c '
import sys, jieba
jieba.setLogLevel(60)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            print(" ".join(w for w in jieba.cut(line.rstrip("\n")) if w.strip()))
' "${files[@]}" > "$out/jieba.txt"
    score "jieba $("$py" -c 'import jieba; print(jieba.__version__)') (HMM=True)" "$out/jieba.txt"
else
    echo "score-domain: jieba is not importable; skipping it" >&2
fi

echo "| segmenter | terms whole | share |"
echo "| --- | --- | --- |"
printf '%s\n' "${rows[@]}"
