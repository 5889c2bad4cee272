#!/usr/bin/env bash
# Times `zhtext segment` against jieba's Rust port (rjieba, `pip install rjieba`) on the same
# 5 MB file, side by side in one run: Corpus/ and Benchmarks/domain/ text (our own) repeated
# to 5 MB. rjieba runs as a three-line Python loop over lines; both write the spaced form.
# Prints the wall time of each (best of three) and the ratio.
# Usage: Benchmarks/scripts/time-vs-rjieba.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release >/dev/null
python3 -c 'import rjieba' 2>/dev/null || { echo "rjieba is not installed (pip install rjieba)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="$work/seed.txt"
find Corpus Benchmarks/domain/text -name '*.txt' ! -name '*gb18030*' -print0 | sort -z | xargs -0 cat > "$seed"
while [ "$(stat -c %s "$work/big.txt" 2>/dev/null || echo 0)" -lt 5000000 ]; do cat "$seed" >> "$work/big.txt"; done
size=$(stat -c %s "$work/big.txt")
.build/release/zhtext segment --format count "$work/big.txt" >/dev/null  # warm the lexicon cache
cat > "$work/rjieba_cut.py" <<'PY'
import sys, rjieba
for line in open(sys.argv[1], encoding="utf-8"):
    print(" ".join(w for w in rjieba.cut(line.rstrip("\n")) if w.strip()))
PY
python3 "$work/rjieba_cut.py" "$work/seed.txt" >/dev/null  # load rjieba's dictionary once
best() {
    local best=""
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        best=$(awk -v a="$start" -v b="$end" -v c="$best" 'BEGIN{t=b-a; if (c=="" || t<c) print t; else print c}')
    done
    echo "$best"
}
zhtext=$(best .build/release/zhtext segment "$work/big.txt")
rjieba=$(best python3 "$work/rjieba_cut.py" "$work/big.txt")
awk -v z="$zhtext" -v r="$rjieba" -v b="$size" 'BEGIN{
    printf "| segmenter | time | MB/s |\n| --- | --- | --- |\n"
    printf "| zhtext segment | %.3f s | %.1f |\n", z, b/z/1e6
    printf "| rjieba (Python loop) | %.3f s | %.1f |\n", r, b/r/1e6
    printf "zhtext is %.1fx faster on %.1f MB\n", r/z, b/1e6 }'
