#!/usr/bin/env bash
# Scores zhtext's segmentation on the SIGHAN 2005 MSR test set (evaluation only).
# Usage: Benchmarks/scripts/score-msr.sh [path/to/shared]   (default: ../shared beside the checkout)
# Rows: the default lexicon (ICU's + jieba's + contemporary words), ICU's dictionary alone
# (--lexicon none), ICU's BreakIterator, and jieba itself where a Python can import it
# (Debian's python3-jieba is importable from /usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:-../shared}"
[ -d "$shared/eval" ] || { echo "score-msr.sh: $shared/eval is missing: give the folder that holds eval/ and tools/ as the first argument" >&2; exit 2; }
eval="$shared/eval/sighan2005-msr"
score() { python3 "$shared/tools/segscore.py" "$eval/msr_test_gold.utf8" "$1" --words "$eval/msr_training_words.utf8" 2>/dev/null; }
row() {
    local name="$1" file="$2"
    score "$file" | awk -v name="$name" '/^precision/{p=$2} /^recall/{r=$2} /^f1/{f=$2} /^oov_recall/{o=$2} END{printf "| %s | %.3f | %.3f | %.3f | %.3f |\n", name, p, r, f, o}'
}
swift build -c release >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
.build/release/zhtext segment --engine icu "$eval/msr_test.utf8" > "$out/icu.txt"
.build/release/zhtext segment "$eval/msr_test.utf8" > "$out/fast.txt"
.build/release/zhtext segment --lexicon none "$eval/msr_test.utf8" > "$out/fast-icu.txt" 2>/dev/null
echo "| engine | precision | recall | F1 | OOV recall |"
echo "| --- | --- | --- | --- | --- |"
row "zhtext --engine icu (ICU $(pkg-config --modversion icu-uc) BreakIterator)" "$out/icu.txt"
row "zhtext --lexicon none (ICU's dictionary and contemporary words)" "$out/fast-icu.txt"
row "zhtext (default: ICU's + jieba's dictionaries, names, tags)" "$out/fast.txt"
python=""
for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import jieba' 2>/dev/null; then python="$candidate"; break; fi
done
if [ -n "$python" ]; then
    for hmm in True False; do
        "$python" -c "
import jieba, sys
jieba.setLogLevel(60)
for line in open(sys.argv[1], encoding='utf-8'):
    print(' '.join(w for w in jieba.cut(line.rstrip('\n'), HMM=$hmm) if w.strip()))
" "$eval/msr_test.utf8" > "$out/jieba-$hmm.txt"
        row "jieba $("$python" -c 'import jieba; print(jieba.__version__)') (HMM=$hmm)" "$out/jieba-$hmm.txt"
    done
fi
