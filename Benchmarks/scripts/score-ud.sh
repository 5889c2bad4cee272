#!/usr/bin/env bash
# Scores zhtext's segmentation on UD Chinese GSDSimp dev (evaluation only; CC BY-SA 4.0).
# Usage: Benchmarks/scripts/score-ud.sh [path/to/shared] [zhtext segment options]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:-../shared}"; shift || true
[ -d "$shared/eval" ] || { echo "score-ud.sh: $shared/eval is missing: give the folder that holds eval/ and tools/ as the first argument" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
[ -x .build/release/zhtext ] || swift build -c release >&2
python3 "$shared/tools/conllu2seg.py" "$shared/eval/ud-gsdsimp-dev/zh_gsdsimp-ud-dev.conllu" "$out/raw.txt" "$out/gold.txt" >/dev/null
.build/release/zhtext segment "$@" "$out/raw.txt" > "$out/zhtext.txt"
python3 "$shared/tools/segscore.py" "$out/gold.txt" "$out/zhtext.txt" | grep -E '^(precision|recall|f1|gold_words|test_words)'
