#!/usr/bin/env bash
# The Spark driver against single runs, for real: PySpark on local[2] over Corpus/ split into
# several partitions. freq (words, character bigrams, --by document), collocations and compare
# must equal the single run byte for byte; quotes must give the same rows. Installs Java
# (Debian's openjdk-17-jre-headless) and PySpark (PyPI, in a virtual environment) when missing;
# where they cannot be installed it prints SKIP with the reason and exits 0, and only then.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

skip() { echo "SKIP Tests/Spark: $*"; exit 0; }

if ! command -v java >/dev/null 2>&1; then
    echo "Tests/Spark: installing openjdk-17-jre-headless" >&2
    sudo=""; [ "$(id -u)" != "0" ] && sudo="sudo"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq openjdk-17-jre-headless >/dev/null; } \
        || skip "Java is missing and openjdk-17-jre-headless could not be installed"
    command -v java >/dev/null 2>&1 || skip "Java is missing after installing openjdk-17-jre-headless"
fi

venv=${ZHTEXT_SPARK_VENV:-$HOME/.cache/zhtext-spark-venv}
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
    echo "Tests/Spark: installing pyspark into $venv" >&2
    { python3 -m venv "$venv" && "$venv/bin/pip" install -q pyspark; } >&2 \
        || skip "PySpark could not be installed from PyPI"
    "$venv/bin/python" -c "import pyspark" 2>/dev/null || skip "PySpark does not import after installing it"
fi
py="$venv/bin/python"

swift build --product zhtext >&2
export ZHTEXT_BIN="$(swift build --show-bin-path)/zhtext"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
driver() { "$py" Integrations/spark/zhtext_spark.py --master 'local[2]' "$@" 2>"$work/driver.err"; }

# same NAME PARTITIONS -- zhtext arguments (inputs first, as the driver takes them)
same() {
    local name=$1 partitions=$2
    shift 3
    "$ZHTEXT_BIN" "$@" -o "$work/$name.single" 2>/dev/null
    # shellcheck disable=SC2086 # PARTITIONS may carry a driver flag: "3 --reduce-by-key"
    if ! driver --partitions $partitions "$@" --output "$work/$name.spark"; then
        echo "FAIL $name: the driver failed"; sed 's/^/    /' "$work/driver.err" | grep -v WARN | tail -5; failures=$((failures + 1)); return
    fi
    if cmp -s "$work/$name.single" "$work/$name.spark"; then
        echo "ok   $name ($(wc -l < "$work/$name.single") lines, $partitions partitions)"
    else
        echo "FAIL $name: Spark's output differs from the single run's"
        diff "$work/$name.single" "$work/$name.spark" | head -5
        failures=$((failures + 1))
    fi
}

same freq-words 4 -- freq Corpus --format csv
same freq-words-by-document 3 -- freq Corpus --by document --format csv
same freq-by-essay-reduce-by-key "4 --reduce-by-key" -- freq Corpus --by essay --ngram 1-2 --format csv
same freq-char-bigrams-by-document 5 -- freq Corpus --unit char --ngram 2 --by document --format csv
same freq-top-tsv 4 -- freq Corpus --ngram 1-2 --top 20 --min-count 2 --format tsv
same collocations 4 -- collocations Corpus --format csv
same compare 4 -- compare --target Corpus/grassroots --reference Corpus/rural --format csv
same compare-bigrams-json 3 -- compare --target Corpus/rural --reference Corpus/grassroots --ngram 2 --min-count 2 --format json

# quotes: map only; the same rows, in any order.
"$ZHTEXT_BIN" quotes Corpus --format csv -o "$work/quotes.single" 2>/dev/null
if driver --partitions 4 quotes Corpus --output "$work/quotes.spark"; then
    if "$py" - "$work/quotes.single" "$work/quotes.spark" <<'EOF'
import csv, glob, io, sys
def rows(text):
    table = list(csv.reader(io.StringIO(text, newline="")))
    return table[0], table[1:]
header, single = rows(open(sys.argv[1], encoding="utf-8", newline="").read())
spark = []
for part in sorted(glob.glob(sys.argv[2] + "/part-*")):
    text = open(part, encoding="utf-8", newline="").read()
    if text.strip():
        part_header, part_rows = rows(text)
        assert part_header == header, part_header
        spark += part_rows
sys.exit(0 if sorted(single) == sorted(spark) and single else 1)
EOF
    then echo "ok   quotes ($(grep -c . "$work/quotes.single") lines, same rows)"
    else echo "FAIL quotes: Spark's rows differ from the single run's"; failures=$((failures + 1))
    fi
else
    echo "FAIL quotes: the driver failed"; failures=$((failures + 1))
fi

# JSON Lines read by Spark (a file:// URI), and Parquet written from them.
mkdir -p "$work/jsonl"
"$py" - "$work/jsonl" <<'EOF'
import json, os, sys
files = []
for folder, _, names in os.walk("Corpus"):
    files += [os.path.join(folder, name) for name in names if not name.lower().startswith("readme")]
files.sort()
for number in range(3):
    with open(os.path.join(sys.argv[1], f"part-{number}.jsonl"), "w", encoding="utf-8") as out:
        for path in files[number::3]:
            data = open(path, "rb").read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("gb18030")
            out.write(json.dumps({"id": path, "text": text}, ensure_ascii=False) + "\n")
EOF
"$ZHTEXT_BIN" freq "$work/jsonl" --by document --format csv -o "$work/jsonl.single"
# 24 partitions: more than 16, so the partials are merged in a tree on the executors first.
if driver --partitions 24 freq "file://$work/jsonl" --by document --format csv --output "$work/jsonl.spark" \
    && cmp -s "$work/jsonl.single" "$work/jsonl.spark"; then
    echo "ok   JSON Lines read by Spark, --by document ($(wc -l < "$work/jsonl.single") lines)"
else
    echo "FAIL JSON Lines read by Spark: the driver failed or its output differs"; failures=$((failures + 1))
fi
"$py" - "$work/jsonl" "$work/parquet" <<'EOF' 2>/dev/null
import sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[2]").getOrCreate()
spark.read.json(sys.argv[1]).select("id", "text").write.parquet(sys.argv[2])
EOF
"$ZHTEXT_BIN" freq "$work/jsonl" --ngram 1-2 --format csv -o "$work/parquet.single"
if driver --partitions 3 freq "$work/parquet" --input-format parquet --ngram 1-2 --format csv --output "$work/parquet.spark" \
    && cmp -s "$work/parquet.single" "$work/parquet.spark"; then
    echo "ok   parquet (id and text columns)"
else
    echo "FAIL parquet: the driver failed or its output differs"; failures=$((failures + 1))
fi

# A bad JSON line: reported with its place, the rest counted, exit status 1.
printf '{"id": "x", "text": "社区居民说服务要到位。"}\nnot json\n' > "$work/bad.jsonl"
set +e
driver --partitions 1 freq "$work/bad.jsonl" --format csv --output "$work/bad.csv"
status=$?
set -e
if [ "$status" = 1 ] && grep -q "bad.jsonl: line 2: not valid JSON" "$work/driver.err" && grep -q "社区" "$work/bad.csv"; then
    echo "ok   bad JSON line reported, the rest counted, status 1"
else
    echo "FAIL bad JSON line: status $status"; failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
    echo "Tests/Spark: $failures check(s) failed"
    exit 1
fi
echo "Tests/Spark: all checks passed"
