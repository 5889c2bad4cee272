#!/usr/bin/env bash
# Scores how often zhtext (and jieba, when importable) keeps new names, places and policy terms
# whole: Benchmarks/domain/names-dev (developing) and Benchmarks/domain/names-blind (measuring
# only; see its README). Usage: Benchmarks/scripts/score-names.sh [zhtext segment options]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .build/release/zhtext ] || swift build -c release >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for set in names-dev names-blind; do
    dir=Benchmarks/domain/$set
    for f in "$dir"/text/*.txt; do .build/release/zhtext segment "$@" "$f"; done > "$out/$set.txt"
    echo "$set zhtext: $(python3 Benchmarks/scripts/score-domain.py --quiet "$dir/terms.txt" "$out/$set.txt")"
    if /usr/bin/python3 -c 'import jieba' 2>/dev/null; then
        /usr/bin/python3 -c '
import sys, jieba
jieba.setLogLevel(60)
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        print(" ".join(w for w in jieba.cut(line.rstrip("\n")) if w.strip()))
' "$dir"/text/*.txt > "$out/$set-jieba.txt"
        echo "$set jieba: $(python3 Benchmarks/scripts/score-domain.py --quiet "$dir/terms.txt" "$out/$set-jieba.txt")"
    fi
done
