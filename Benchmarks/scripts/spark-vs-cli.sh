#!/usr/bin/env bash
# zhtext freq directly versus the Spark driver on local[2], on the same 55 MB of JSON Lines.
#
# The text is the SIGHAN 2005 MSR test set (../shared/eval/sighan2005-msr/msr_test.utf8, used
# for measuring only, never shipped), repeated 100 times (≈ 55.6 MB) and cut into documents of
# 10 lines, written as 64 JSON Lines files (the partitions). Both runs write the CSV of
# `freq --format csv`; the script checks that they are equal, then prints both times, the ratio
# and the peak memory (RSS) of one Spark task's zhtext.
#
#   bash Benchmarks/scripts/spark-vs-cli.sh [REPEAT] [PARTITIONS]
#
# Needs a release build (built here), Java and PySpark (Tests/Spark/run.sh installs them into
# ~/.cache/zhtext-spark-venv; ZHTEXT_SPARK_VENV overrides).
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat=${1:-100}
partitions=${2:-64}
source_text=../shared/eval/sighan2005-msr/msr_test.utf8
[ -f "$source_text" ] || { echo "spark-vs-cli.sh: $source_text is missing (the SIGHAN 2005 MSR test text, beside the checkout)" >&2; exit 2; }
venv=${ZHTEXT_SPARK_VENV:-$HOME/.cache/zhtext-spark-venv}
[ -f "$source_text" ] || { echo "missing $source_text" >&2; exit 1; }
"$venv/bin/python" -c "import pyspark" || { echo "PySpark is missing: run Tests/Spark/run.sh first" >&2; exit 1; }

swift build -c release --product zhtext >&2
export ZHTEXT_BIN="$(swift build -c release --show-bin-path)/zhtext"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$source_text" "$work/parts" "$repeat" "$partitions" <<'EOF'
import json, os, sys
source, folder, repeat, partitions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = open(source, encoding="utf-8").read().splitlines() * repeat
documents = ["\n".join(lines[start:start + 10]) for start in range(0, len(lines), 10)]
os.makedirs(folder)
per_part = -(-len(documents) // partitions)
for part in range(partitions):
    with open(os.path.join(folder, f"part-{part:05d}.jsonl"), "w", encoding="utf-8") as out:
        for number in range(part * per_part, min(len(documents), (part + 1) * per_part)):
            out.write(json.dumps({"id": f"msr-{number}", "text": documents[number]}, ensure_ascii=False) + "\n")
print(f"{len(documents)} documents in {partitions} JSON Lines files", file=sys.stderr)
EOF
bytes=$(cat "$work"/parts/*.jsonl | wc -c)
echo "input: $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') of JSON Lines, $partitions files"

# Warm the lexicon cache so that neither run pays for compiling it.
echo "社区" | "$ZHTEXT_BIN" freq - >/dev/null

start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/direct.rss" "$ZHTEXT_BIN" freq "$work/parts" --format csv -o "$work/direct.csv"
direct=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
ZHTEXT_SPARK_STATS=1 "$venv/bin/python" Integrations/spark/zhtext_spark.py --master 'local[2]' --partitions "$partitions" \
    freq "$work/parts" --format csv --output "$work/spark.csv" 2>"$work/spark.err"
spark=$(echo "$(date +%s.%N) - $start" | bc)

cmp -s "$work/direct.csv" "$work/spark.csv" && same="identical" || same="DIFFERENT"
echo "zhtext freq directly:     $(printf %.1f "$direct") s (peak RSS $(awk '{ printf "%.0f MB", $1 / 1024 }' "$work/direct.rss"), both cores)"
echo "Spark driver, local[2]:   $(printf %.1f "$spark") s, $partitions tasks"
echo "ratio Spark / direct:     $(echo "scale=2; $spark / $direct" | bc)"
grep "peak RSS" "$work/spark.err" | sed 's/^zhtext_spark: /one task:                 /'
echo "Spark's stages (time since the driver started):"
grep -E "^zhtext_spark: +[0-9.]+ s" "$work/spark.err" | sed 's/^zhtext_spark:/   /'
echo "outputs: $same ($(wc -l < "$work/direct.csv") lines)"
[ "$same" = identical ]
