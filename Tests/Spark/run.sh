#!/usr/bin/env bash
# The Spark driver against single runs, for real: PySpark on local[2] over Corpus/ split into
# several partitions. freq (words, character bigrams, --by document), collocations and compare
# must equal the single run byte for byte; quotes must give the same rows. Installs Java
# (Debian's openjdk-17-jre-headless) and PySpark (PyPI, in a virtual environment) when missing;
# where they cannot be installed it prints SKIP with the reason and exits 0, and only then.
# Usage: Tests/Spark/run.sh [zhtext binary]   (default: builds and uses the debug binary)
#        Tests/Spark/run.sh --install-only      (installs Java and PySpark when missing, and stops)
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
[ "${1:-}" = --install-only ] && { echo "Tests/Spark: Java and PySpark are installed" >&2; exit 0; }

# The binary under test: the one given (Tests/run.sh passes its release build), else the debug build.
if [ -n "${1:-}" ]; then
    ZHTEXT_BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    [ -x "$ZHTEXT_BIN" ] || { echo "Tests/Spark: no zhtext binary at $1"; exit 1; }
    export ZHTEXT_BIN
else
    swift build --product zhtext >&2
    export ZHTEXT_BIN="$(swift build --show-bin-path)/zhtext"
fi
work=$(mktemp -d)
batch_pid=""
trap '[ -n "$batch_pid" ] && kill "$batch_pid" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
driver() { "$py" Integrations/spark/zhtext_spark.py --master 'local[2]' "$@" 2>"$work/driver.err"; }

# same NAME PARTITIONS -- zhtext arguments (inputs first, as the driver takes them): the single
# run now; the driver's run goes to Tests/Spark/batch.py, which runs the jobs one after another in
# one Python process (one JVM) beside the rest of this script, as they come through a pipe.
# `run_same`, at the end, compares each with its single run as its job ends.
mkfifo "$work/jobs.fifo"
PYTHONPATH="$root/Integrations/spark" "$py" Tests/Spark/batch.py "$work/jobs.fifo" > "$work/same.status" 2>"$work/batch.err" &
batch_pid=$!
exec 7> "$work/jobs.fifo"
queued=0
same() {
    local name=$1 partitions=$2
    shift 3
    "$ZHTEXT_BIN" "$@" -o "$work/$name.single" 2>/dev/null
    echo "$partitions" > "$work/$name.partitions"
    queued=$((queued + 1))
    # shellcheck disable=SC2086 # PARTITIONS may carry a driver flag: "3 --reduce-by-key"
    "$py" -c 'import json, sys; print(json.dumps({"name": sys.argv[1], "stderr": sys.argv[2], "argv": sys.argv[3:]}, ensure_ascii=False))' \
        "$name" "$work/$name.err" --master 'local[2]' --partitions $partitions "$@" --output "$work/$name.spark" >&7
}
run_same() {
    local name status partitions ran=0
    exec 7>&-    # no more jobs: the batch ends after the last
    while read -r name status; do
        ran=$((ran + 1))
        partitions=$(cat "$work/$name.partitions")
        if [ "$status" != 0 ]; then
            echo "FAIL $name: the driver failed (status $status)"; sed 's/^/    /' "$work/$name.err" | grep -v WARN | tail -5; failures=$((failures + 1))
        elif cmp -s "$work/$name.single" "$work/$name.spark"; then
            echo "ok   $name ($(wc -l < "$work/$name.single") lines, $partitions partitions)"
        else
            echo "FAIL $name: Spark's output differs from the single run's"
            diff "$work/$name.single" "$work/$name.spark" | head -5
            failures=$((failures + 1))
        fi
    done < <(tail -n +1 --pid="$batch_pid" -f "$work/same.status")
    wait "$batch_pid" || true
    batch_pid=""
    if [ "$ran" != "$queued" ]; then
        echo "FAIL only $ran of $queued queued driver runs ran"; grep -v WARN "$work/batch.err" | tail -5
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

# --- Issue 25: failures fail the job, inputs by file, every flag, any output bytes ----------------
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; sed 's/^/    /' "$work/driver.err" | grep -v WARN | tail -5; failures=$((failures + 1)); }
corpus="$work/corpus25" && mkdir -p "$corpus" && cp Corpus/grassroots/*.txt "$corpus/"

# K2, U3: --help; a binary that is no zhtext; an existing output folder; a missing file:// input.
# All answered in a line or two, before any Spark task runs.
set +e
"$py" Integrations/spark/zhtext_spark.py --help >"$work/help.out" 2>"$work/driver.err"; status=$?
if [ $status = 0 ] && grep -q "^usage: zhtext_spark.py" "$work/help.out"; then ok "K2 --help"; else bad "K2 --help: status $status"; fi
ZHTEXT_BIN=/bin/false driver freq "$corpus" --output "$work/x.csv"; status=$?
if [ $status = 2 ] && [ "$(wc -l < "$work/driver.err")" -le 3 ] && grep -q "is not a zhtext" "$work/driver.err"; then
    ok "U3 a binary that is no zhtext: a short error, status 2"; else bad "U3 wrong binary: status $status"; fi
mkdir -p "$work/exists"
driver quotes "$corpus" --output "$work/exists"; status=$?
if [ $status = 2 ] && grep -q "exists already" "$work/driver.err" && [ "$(grep -vc WARN "$work/driver.err")" -le 2 ]; then
    ok "U3 an existing output folder: said before running, status 2"; else bad "U3 existing output: status $status"; fi
driver freq "file://$work/nosuch" --output "$work/x.csv"; status=$?
if [ $status = 1 ] && grep -q "nosuch: no such file or folder" "$work/driver.err" && [ "$(grep -vc WARN "$work/driver.err")" -le 2 ]; then
    ok "U3 a missing file:// input: one line, status 1"; else bad "U3 missing input: status $status"; fi
set -e

# DL1: a wrapper zhtext that kills itself (SIGKILL) on one input, or exits 1 without a word:
# the job fails (status 3) and leaves no output, for a reduced and a map-only command.
{
    echo '#!/usr/bin/env bash'
    echo 'list=""; previous=""'
    echo 'for arg in "$@"; do [ "$previous" = --paths-from ] && list="$arg"; previous="$arg"; done'
    echo 'if [ -n "$list" ] && tr "\0" "\n" < "$list" | grep -q kill-me; then kill -9 $$; fi'
    echo 'if [ -n "$list" ] && tr "\0" "\n" < "$list" | grep -q fail-quietly; then exit 1; fi'
    echo "exec \"$ZHTEXT_BIN\" \"\$@\""
} > "$work/dying-zhtext"
chmod +x "$work/dying-zhtext"
cp -r "$corpus" "$work/dying" && cp Corpus/rural/agri-tech-reflection.txt "$work/dying/kill-me.txt"
set +e
ZHTEXT_BIN="$work/dying-zhtext" driver --partitions 3 freq "$work/dying" --format csv --output "$work/dying.csv"; status=$?
if [ $status = 3 ] && grep -q "zhtext was killed by signal SIGKILL" "$work/driver.err" && [ ! -e "$work/dying.csv" ]; then
    ok "DL1 a task killed by a signal (freq): status 3, no output"; else bad "DL1 freq: status $status"; fi
mv "$work/dying/kill-me.txt" "$work/dying/fail-quietly.txt"
ZHTEXT_BIN="$work/dying-zhtext" driver --partitions 3 quotes "$work/dying" --output "$work/dying-quotes"; status=$?
if [ $status = 3 ] && grep -q "exited with status 1 without saying which input" "$work/driver.err" && [ ! -e "$work/dying-quotes" ]; then
    ok "DL1 a task that exits 1 without a word (quotes, map only): status 3, no output"; else bad "DL1 quotes: status $status"; fi
set -e

# CR2, W1, U4: the paths reach zhtext in a file, never on its command line; --raw-cells and
# --substring (last) take no value.
{
    echo '#!/usr/bin/env bash'
    echo "printf '%s\\n' \"\$*\" >> \"$work/argv.log\""
    echo "exec \"$ZHTEXT_BIN\" \"\$@\""
} > "$work/logging-zhtext"
chmod +x "$work/logging-zhtext"
"$ZHTEXT_BIN" kwic "$corpus" --term 居民 --format csv --raw-cells --substring -o "$work/kwic.single" 2>/dev/null
cat > "$work/same-rows.py" <<'PY'
import csv, glob, io, sys
encoding = sys.argv[3] if len(sys.argv) > 3 else "utf-8"
def rows(path):
    return list(csv.reader(io.StringIO(open(path, "rb").read().decode(encoding), newline="")))
single = rows(sys.argv[1])
spark = []
for part in sorted(glob.glob(sys.argv[2] + "/part-*")):
    table = rows(part)
    assert table[0] == single[0], table[0]
    spark += table[1:]
sys.exit(0 if sorted(spark) == sorted(single[1:]) and spark else 1)
PY
if ZHTEXT_BIN="$work/logging-zhtext" driver --partitions 3 kwic "$corpus" --term 居民 --output "$work/kwic.spark" --raw-cells --substring \
    && "$py" "$work/same-rows.py" "$work/kwic.single" "$work/kwic.spark"; then
    if grep -q "community-service" "$work/argv.log"; then bad "CR2: a path reached zhtext's command line"
    else ok "CR2, W1, U4 kwic … --raw-cells --substring: the single run's rows; paths given by --paths-from"; fi
else
    bad "W1 kwic with --raw-cells --substring"
fi

# CR3: map-only output in GB18030 is written as zhtext wrote it.
"$ZHTEXT_BIN" quotes "$corpus" --format csv --output-encoding GB18030 -o "$work/gb.single" 2>/dev/null
if driver --partitions 2 quotes "$corpus" --output-encoding GB18030 --output "$work/gb.spark" \
    && "$py" "$work/same-rows.py" "$work/gb.single" "$work/gb.spark" gb18030; then
    ok "CR3 map-only with --output-encoding GB18030: the single run's rows, in GB18030"
else
    bad "CR3 GB18030 map-only output"
fi

# CR4, DL6: segment over invalid UTF-8 passes the bytes through, as a single run does; a
# sub-folder that cannot be read (its path is longer than PATH_MAX) is reported, the rest read.
mkdir -p "$work/raw" && printf '我们今天去北京。\xff\xfe他们明天去上海。\n' > "$work/raw/bad-utf8.txt" && cp "$corpus"/grid-*.txt "$work/raw/"
"$py" -c '
import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)
for _ in range(22):
    os.mkdir("d" * 200, dir_fd=fd)
    inner = os.open("d" * 200, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd); os.close(fd); fd = inner' "$work/raw"
set +e
"$ZHTEXT_BIN" segment "$work/raw" -o "$work/raw.single" 2>/dev/null
driver --partitions 1 segment "$work/raw" --output "$work/raw.spark"; status=$?
set -e
if [ $status = 1 ] && grep -q "file name too long" "$work/driver.err" && cmp -s "$work/raw.single" "$work/raw.spark/part-00000"; then
    ok "CR4, DL6 segment on invalid UTF-8 byte for byte; an unlistable folder reported, status 1"
else
    bad "CR4/DL6 segment: status $status"
fi
rm -rf "$work/raw"

# Documents with fields (JSON Lines, local files): freq --by a field and a year, summed across
# tasks (a field's groups span documents and tasks), as one run gives.
mkdir -p "$work/fields"
"$py" - "$work/fields" <<'EOF'
import json, os, sys
files = sorted(os.path.join(folder, name) for folder, _, names in os.walk("Corpus")
               for name in names if name.endswith(".txt") and "gb18030" not in name)
for number in range(4):
    with open(os.path.join(sys.argv[1], f"part-{number}.jsonl"), "w", encoding="utf-8") as out:
        for index, path in enumerate(files[number::4]):
            record = {"id": path, "source": os.path.basename(os.path.dirname(path)),
                      "date": f"202{(number + index) % 3}-0{index % 9 + 1}-15", "text": open(path, encoding="utf-8").read()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
EOF
same freq-by-field-and-year 4 -- freq "$work/fields" --by source,date:year --format csv
same freq-by-field-reduce-by-key "4 --reduce-by-key" -- freq "$work/fields" --by date:year --top 30 --format csv

# trend over the dated sample corpus, split in four: its periods and sources span tasks.
mkdir -p "$work/dated"
"$py" - "$work/dated" <<'EOF'
import os, sys
lines = open("Corpus-dated/dated-news.jsonl", encoding="utf-8").read().splitlines(keepends=True)
for number in range(4):
    with open(os.path.join(sys.argv[1], f"part-{number}.jsonl"), "w", encoding="utf-8") as out:
        out.writelines(lines[number::4])
EOF
same trend-terms-by-year-and-source 4 -- trend "$work/dated" --by date:year,source --term 链式治理,银发夜校,稳链强链延链 --format csv
same trend-changing-reduce-by-key "3 --reduce-by-key" -- trend "$work/dated" --by date:year --top 10 --format csv
same compare-by-source 4 -- compare "$work/dated" --by source --top 10 --format csv
same compare-by-year-against-previous 3 -- compare "$work/dated" --by date:year --against previous --top 5 --format csv
same freq-dispersion-by-source 4 -- freq "$work/dated" --dispersion --dispersion-by source --top 30 --format csv

# lifecycle: first occurrences are minima across tasks (earliest date, then input order).
formulations=(--date-field date --source-field source --term 链式治理,微网格服务,银发夜校,稳链强链延链 --variants 稳链延链)
same lifecycle-terms 4 -- lifecycle "$work/dated" "${formulations[@]}" --format csv
same lifecycle-by-year 3 -- lifecycle "$work/dated" "${formulations[@]}" --by date:year --format csv
# Its records read by Spark in 20 partitions, some of them empty (skipped: they add nothing).
"$ZHTEXT_BIN" lifecycle "$work/dated" "${formulations[@]}" --format csv -o "$work/lifecycle-records.single" 2>/dev/null
if driver --partitions 20 lifecycle "file://$work/dated" "${formulations[@]}" --format csv --output "$work/lifecycle-records.spark" \
    && cmp -s "$work/lifecycle-records.single" "$work/lifecycle-records.spark"; then
    echo "ok   lifecycle over records read by Spark ($(wc -l < "$work/lifecycle-records.single") lines, 20 partitions)"
else
    echo "FAIL lifecycle over records read by Spark: the driver failed or its output differs"; failures=$((failures + 1))
fi

# Issue 23: collocates, count --dictionary and entities, through their partials, as one run.
same collocates 4 -- collocates Corpus --term 服务 --measure logdice,mi,ll --format csv
same collocates-json-by-document 3 -- collocates Corpus --term 社区 --span 3,3 --by document --min-count 2 --format json
same collocates-by-source-reduce-by-key "3 --reduce-by-key" -- collocates "$work/dated" --term 治理 --by source --format tsv
same count-dictionary-by-document 4 -- count Corpus --dictionary Benchmarks/lookups/policy-tools.yaml --by document --format csv
same count-dictionary-by-year-reduce-by-key "3 --reduce-by-key" -- count "$work/dated" --dictionary Benchmarks/lookups/policy-tools.yaml --by date:year --format csv
same entities 4 -- entities Corpus --aliases Corpus/README.aliases.txt --format csv
same entities-by-source-reduce-by-key "3 --reduce-by-key" -- entities "$work/dated" --by source --top 5 --format csv
same entities-by-document 5 -- entities Corpus --by document --min-mentions 2 --format tsv

run_same

if [ "$failures" -gt 0 ]; then
    echo "Tests/Spark: $failures check(s) failed"
    exit 1
fi
echo "Tests/Spark: all checks passed"
