#!/usr/bin/env bash
# Scores zhtext's segmentation engines on the SIGHAN 2005 MSR test set (evaluation only).
# Usage: Benchmarks/scripts/score-msr.sh [path/to/shared]   (default: ../shared beside the checkout)
# With jieba installed for Python (pip install jieba), also scores the fast engine with
# jieba's own dict.txt loaded through --dict, and jieba itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:-../shared}"
eval="$shared/eval/sighan2005-msr"
score() { python3 "$shared/tools/segscore.py" "$eval/msr_test_gold.utf8" "$1" --words "$eval/msr_training_words.utf8" 2>/dev/null; }
row() {
    local name="$1" file="$2"
    score "$file" | awk -v name="$name" '/^precision/{p=$2} /^recall/{r=$2} /^f1/{f=$2} /^oov_recall/{o=$2} END{printf "| %s | %.3f | %.3f | %.3f | %.3f |\n", name, p, r, f, o}'
}
swift build -c release >/dev/null
out="$(mktemp -d)"
.build/release/zhtext segment --engine icu "$eval/msr_test.utf8" > "$out/icu.txt"
.build/release/zhtext segment "$eval/msr_test.utf8" > "$out/fast.txt"
echo "| engine | precision | recall | F1 | OOV recall |"
echo "| --- | --- | --- | --- | --- |"
row "zhtext --engine icu (ICU $(pkg-config --modversion icu-uc) BreakIterator)" "$out/icu.txt"
row "zhtext (fast engine, ICU's dictionary)" "$out/fast.txt"
if dict="$(python3 -c 'import jieba, os; print(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"))' 2>/dev/null)"; then
    .build/release/zhtext segment --dict "$dict" "$eval/msr_test.utf8" > "$out/fast-jieba.txt"
    row "zhtext (fast engine, ICU's dictionary + jieba's dict.txt)" "$out/fast-jieba.txt"
    for hmm in True False; do
        python3 -c "
import jieba, sys
jieba.setLogLevel(60)
for line in open(sys.argv[1], encoding='utf-8'):
    print(' '.join(w for w in jieba.cut(line.rstrip('\n'), HMM=$hmm) if w.strip()))
" "$eval/msr_test.utf8" > "$out/jieba-$hmm.txt"
        row "jieba $(python3 -c 'import jieba; print(jieba.__version__)') (HMM=$hmm)" "$out/jieba-$hmm.txt"
    done
fi
rm -rf "$out"
