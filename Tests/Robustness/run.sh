#!/usr/bin/env bash
# Hostile outputs, inputs and environments at small scale: each check runs the real zhtext
# binary and looks at its exit status, its messages and whether any data was lost.
# Prints PASS, FAIL or SKIP per check (a check that cannot run here says SKIP and why, never
# passes silently) and exits non-zero when any check fails.
# Usage: Tests/Robustness/run.sh [zhtext binary]   (default: the debug build if present, else release)
set -uo pipefail
cd "$(dirname "$0")/../.."
zhtext="${1:-}"
if [ -z "$zhtext" ]; then
    # The binary `swift test` just built; the release one when there is no debug build.
    if [ -x .build/debug/zhtext ]; then zhtext=.build/debug/zhtext; else zhtext=.build/release/zhtext; fi
fi
zhtext="$(cd "$(dirname "$zhtext")" && pwd)/$(basename "$zhtext")"
[ -x "$zhtext" ] || { echo "robustness: no zhtext binary at $zhtext (run swift build first)"; exit 1; }

work="$(mktemp -d)"
mounted=""
cleanup() {
    [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
    chmod -R u+rwx "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
cd "$work"
export ZHTEXT_CACHE_DIR="$work/cache"

passed=0; failed=0; skipped=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1${2:+: $2}"; }
skip() { skipped=$((skipped + 1)); echo "SKIP $1${2:+: $2}"; }
# check NAME CONDITION...: PASS when the condition holds.
check() { local name="$1"; shift; if "$@"; then pass "$name"; else fail "$name" "$(head -c 300 err 2>/dev/null | tr '\n' ' ')"; fi; }
# One line on standard error that starts with `zhtext: error:` and says `text`, and no trap.
one_error_line() {
    [ "$(grep -c . err)" -eq 1 ] && grep -q "^zhtext: error: .*$1" err && ! grep -q "Fatal error\|Backtrac\|Illegal instruction" err
}
no_trap() { ! grep -q "Fatal error\|Backtrac\|Illegal instruction\|Swift runtime failure" err; }
# exits_with STATUS EXPECTED TEXT: the run exited with EXPECTED and said TEXT in one error line.
exits_with() { [ "$1" -eq "$2" ] && one_error_line "$3"; }

printf '我们今天去北京。\n居民说：“网格员很负责。”\n' > a.txt
for i in $(seq 1 20000); do echo "第${i}行：我们今天去北京，居民都很高兴。"; done > big.txt
mkdir corpus && cp a.txt corpus/one.txt && printf '他们明天去上海。\n' > corpus/two.txt && cp -r corpus essays
"$zhtext" segment a.txt >expected.txt 2>/dev/null

# --- Outputs ---------------------------------------------------------------------------------

echo previous > target.txt; ln -s target.txt link.txt
"$zhtext" segment a.txt -o link.txt 2>err; status=$?
check "symlink output: exit 0" test $status -eq 0
check "symlink output: the link is still a link" test -L link.txt
check "symlink output: its target holds the output" cmp -s target.txt expected.txt

"$zhtext" segment a.txt -o /dev/null 2>err; status=$?
check "/dev/null output: exit 0, still a device" bash -c "[ $status -eq 0 ] && [ -c /dev/null ]"

mkfifo out.fifo
(cat out.fifo > fifo.txt) & reader=$!
timeout 20 "$zhtext" segment a.txt -o out.fifo 2>err; status=$?
wait $reader
check "FIFO output: written through, FIFO kept" bash -c "[ $status -eq 0 ] && [ -p out.fifo ] && cmp -s fifo.txt expected.txt"

cp a.txt same.txt
"$zhtext" segment same.txt -o same.txt 2>err; status=$?
check "same-file output: refused" bash -c "[ $status -ne 0 ] && cmp -s same.txt a.txt"
check "same-file output: one clear line" one_error_line "cannot write same.txt: it is also an input"

cp a.txt hard.txt; ln hard.txt hardlink.txt
"$zhtext" segment hard.txt -o hardlink.txt 2>err; status=$?
check "hard-linked output: refused, input intact" bash -c "[ $status -ne 0 ] && cmp -s hard.txt a.txt"

"$zhtext" segment corpus -o corpus/seg.txt 2>err && "$zhtext" segment corpus -o corpus/seg.txt 2>>err; status=$?
check "self-feeding folder output: the second run does not read its output" \
    bash -c "[ $status -eq 0 ] && [ \$(wc -l < corpus/seg.txt) -eq 3 ] && [ -z \"\$(ls -A corpus | grep zhtext-)\" ]"

echo "keep me" > prev.txt
"$zhtext" segment nosuch.txt -o prev.txt 2>err; status=$?
check "nonexistent input with existing -o: exit 1, prev.txt intact" bash -c "[ $status -eq 1 ] && [ \"\$(cat prev.txt)\" = 'keep me' ]"

mkdir outdir
"$zhtext" freq a.txt -o outdir 2>err; status=$?
check "directory as -o: usage error of the subcommand" \
    bash -c "[ $status -eq 64 ] && grep -q 'cannot write outdir: it is a folder' err && grep -q 'Usage: zhtext freq' err"

"$zhtext" segment a.txt -o missing/out.txt 2>err; status=$?
check "missing folder: one clear line" bash -c "[ $status -eq 1 ]" && check "missing folder: message" one_error_line "cannot write missing/out.txt: the folder missing does not exist"

echo "old" > mode.txt; chmod 640 mode.txt
"$zhtext" segment a.txt -o mode.txt 2>err
check "existing file keeps its mode" test "$(stat -c %a mode.txt)" = 640

as_nobody=()
if [ "$(id -u)" = 0 ]; then
    if command -v setpriv >/dev/null; then
        as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
    fi
fi
if [ "$(id -u)" != 0 ] || [ ${#as_nobody[@]} -gt 0 ]; then
    mkdir readonly && echo "old" > readonly/out.txt && chmod 555 readonly && chmod 644 readonly/out.txt
    chmod 777 "$work"; mkdir -p cache && chmod 777 cache
    "${as_nobody[@]}" "$zhtext" segment a.txt -o readonly/out.txt 2>err; status=$?
    check "read-only folder: exit 1, one clear line" bash -c "[ $status -eq 1 ]"
    check "read-only folder: message" one_error_line "cannot write readonly/out.txt: permission denied"
    check "read-only folder: old file intact" test "$(cat readonly/out.txt)" = old

    mkdir -p unreadable/inner && cp a.txt unreadable/inner/x.txt && cp a.txt unreadable/ok.txt && chmod 000 unreadable/inner
    "${as_nobody[@]}" "$zhtext" segment unreadable 2>err >out; status=$?
    check "unreadable folder: reported, the rest read, exit 1" \
        bash -c "[ $status -eq 1 ] && grep -q 'unreadable/inner: cannot list this folder: permission denied' err && grep -q 北京 out"
    chmod 755 unreadable/inner
else
    skip "read-only folder" "running as root without setpriv"
    skip "unreadable folder" "running as root without setpriv"
fi

# A full disk: a 64 KB tmpfs, where the machine allows mounting one.
mkdir small
if mount -t tmpfs -o size=64k tmpfs small 2>/dev/null; then
    mounted="$work/small"
    echo "old output" > small/s.txt
    "$zhtext" segment big.txt -o small/s.txt 2>err; status=$?
    check "full disk (segment): exit 1, one clear line" bash -c "[ $status -eq 1 ]"
    check "full disk (segment): message" one_error_line "cannot write small/s.txt: no space left on device"
    check "full disk (segment): old file intact, no temporary left" \
        bash -c "[ \"\$(cat small/s.txt)\" = 'old output' ] && [ \$(ls -A small | wc -l) -eq 1 ]"
    "$zhtext" kwic big.txt --term 北京 -o small/k.csv --format csv 2>err; status=$?
    check "full disk (kwic table): exit 1, no file left" bash -c "[ $status -eq 1 ] && [ \$(ls -A small | wc -l) -eq 1 ]"
    check "full disk (kwic table): message" one_error_line "cannot write small/k.csv: no space left on device"
    umount small && mounted=""
else
    skip "full disk" "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)"
fi

# Interrupted: SIGTERM and SIGINT during a long write leave the previous file and no temporary.
for i in 1 2 3 4 5 6 7 8; do cat big.txt; done > bigger.txt
set -m  # job control: a background job gets SIGINT as a foreground one would (not ignored)
for signal in TERM INT; do
    echo "previous" > interrupted.txt
    "$zhtext" segment bigger.txt bigger.txt bigger.txt bigger.txt -o interrupted.txt 2>err &
    pid=$!
    for _ in $(seq 1 100); do ls -A | grep -q '^\.interrupted\.txt\.zhtext-' && break; sleep 0.05; done
    kill -s $signal $pid; { wait $pid; } 2>/dev/null; status=$?
    check "SIG$signal during a write: killed, previous file intact, no temporary" \
        bash -c "[ $status -ne 0 ] && [ \"\$(cat interrupted.txt)\" = previous ] && ! ls -A | grep -q zhtext-"
done
set +m

# A closed pipe: SIGPIPE ends the run quietly; with SIGPIPE ignored, one line and status 1.
"$zhtext" segment big.txt 2>err | head -1 >/dev/null; status=${PIPESTATUS[0]}
check "EPIPE: no trap" bash -c "[ $status -eq 141 ] || [ $status -eq 1 ]" && check "EPIPE: no backtrace" no_trap
(trap '' PIPE; "$zhtext" segment big.txt 2>err | head -1 >/dev/null; exit "${PIPESTATUS[0]}"); status=$?
check "EPIPE with SIGPIPE ignored: exit 1" test $status -eq 1
check "EPIPE with SIGPIPE ignored: one line" one_error_line "cannot write standard output: broken pipe"

# report --export: no silent overwrite.
"$zhtext" report essays -o report.html --export tables 2>err; status=$?
check "report: says what it wrote" bash -c "[ $status -eq 0 ] && grep -q '^zhtext: wrote report.html (2 documents' err"
"$zhtext" report essays -o report.html --export tables 2>err; status=$?
check "report --export refuses to replace tables" bash -c "[ $status -eq 1 ] && grep -q 'add --force' err"
touch tables/kwic-9.csv
"$zhtext" report essays -o report.html --export tables --force 2>err; status=$?
check "report --export --force replaces and removes stale tables" bash -c "[ $status -eq 0 ] && [ ! -e tables/kwic-9.csv ] && [ -s tables/freq.csv ]"

# --- Inputs ----------------------------------------------------------------------------------

mkdir fifodir && cp a.txt fifodir/ && mkfifo fifodir/pipe
timeout 20 "$zhtext" segment fifodir >out 2>err; status=$?
check "FIFO inside an input folder: skipped with a warning" \
    bash -c "[ $status -eq 0 ] && grep -q 'fifodir/pipe: not a regular file' err && cmp -s out expected.txt"

mkdir emptydir
"$zhtext" freq emptydir >out 2>err; status=$?
check "folder without text files: exit 1 with a message" bash -c "[ $status -eq 1 ] && grep -q 'no text files to read in emptydir' err"

"$zhtext" kwic a.txt --term 北京 --window 9223372036854775807 >out 2>err; status=$?
check "kwic huge window: clear message, no trap" bash -c "[ $status -eq 64 ] && grep -q -- '--window takes 0 to 10000' err" && check "kwic huge window: no backtrace" no_trap

"$zhtext" segment a.txt corpus --encoding FOO >out 2>err; status=$?
check "unknown encoding: reported once" bash -c "[ $status -eq 64 ] && [ \$(grep -c FOO err) -eq 1 ] && grep -q \"unknown --encoding 'FOO'\" err"

"$zhtext" freq a.txt --output-encoding ISO-8859-1 >out 2>err; status=$?
check "unencodable output: fails with a count" bash -c "[ $status -eq 1 ] && grep -q 'characters cannot be written in ISO-8859-1' err"

mkdir dictdir
"$zhtext" segment a.txt --dict dictdir >out 2>err; status=$?
check "--dict folder: clear message" bash -c "[ $status -eq 64 ] && grep -q -- '--dict dictdir is a folder' err && ! grep -q NSCocoaErrorDomain err"

# --- Hostile text: every command finishes (each has 120 s; these take seconds) ----------------

python3 - <<'PY'
def write(name, text): open(name, 'w', encoding='utf-8').write(text)
write('nested.txt', '“‘' * 10000 + '话' + '’”' * 10000 + '\n')
write('unclosed.txt', '“' * 50000 + '\n')
write('unopened.txt', '他说' + '好”' * 20000 + '\n')
write('tiny.txt', '他说：“好。”\n' * 20000)
write('repeated.txt', '好' * 200000 + '\n')
PY
for input in nested unclosed unopened tiny repeated; do
    for command in quotes keywords; do
        timeout 120 "$zhtext" $command $input.txt >out 2>err; status=$?
        check "$command on $input.txt: finishes, exit 0, no trap" bash -c "[ $status -eq 0 ] && ! grep -q 'Fatal error\|Backtrac' err"
    done
done
timeout 120 "$zhtext" report nested.txt unclosed.txt tiny.txt -o hostile.html 2>err; status=$?
check "report on hostile marks: finishes" bash -c "[ $status -eq 0 ] && [ -s hostile.html ]"
"$zhtext" quotes --format csv unopened.txt >out 2>err
check "closing marks without opening ones: one short quotation each" \
    bash -c "[ \$(grep -c '好' out) -eq 20000 ] && ! grep -q '好”好' out"

# --- Bounded memory: rows are written as they are found ---------------------------------------
# A 40 MB line (read in pieces) with 2 quotations and 北京 twice per 216 bytes: 390,000
# concordance lines and as many quotations. Peak memory (ru_maxrss of the child, through
# Python) stays near 260 MB; before rows were streamed it was over 600 MB and grew with the rows.
python3 -c "
block = '张华在会上说：“我们今天去北京开会，讨论基层治理的新办法。”李明回答道：“好的，北京的同志已经准备好了材料。”大家都很高兴，会议在下午三点结束，'.encode()
open('dense.txt', 'wb').write(block * ((40 << 20) // len(block)))"
peak() { python3 -c '
import resource, subprocess, sys
with open("err", "w") as err:
    status = subprocess.run(sys.argv[1:], stderr=err).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, status)' "$@"; }
expected=$(( $(grep -o 北京 dense.txt | wc -l) + 1 ))
read -r megabytes status < <(peak "$zhtext" kwic --term 北京 --format csv dense.txt -o dense-kwic.csv)
check "kwic on a 40 MB line: every line written ($expected with the header)" \
    bash -c "[ $status -eq 0 ] && [ \$(wc -l < dense-kwic.csv) -eq $expected ]"
check "kwic on a 40 MB line: peak memory $megabytes MB, under 400 MB" test "$megabytes" -lt 400
read -r megabytes status < <(peak "$zhtext" quotes --format tsv dense.txt -o dense-quotes.tsv)
check "quotes on a 40 MB line: every quotation written" \
    bash -c "[ $status -eq 0 ] && [ \$(grep -c '	speech	' dense-quotes.tsv) -ge $(( (expected - 1) * 99 / 100 )) ]"
check "quotes on a 40 MB line: peak memory $megabytes MB, under 400 MB" test "$megabytes" -lt 400
rm -f dense.txt dense-kwic.csv dense-quotes.tsv

# --- Caches and lexicons ---------------------------------------------------------------------

cached="$(ls cache/lexicon-*.bin 2>/dev/null | head -1)"
if [ -n "$cached" ]; then
    size=$(stat -c %s "$cached")
    # Change 4 KB in the middle of the trie, keeping the size (this segfaulted before).
    python3 -c "
import sys
path = sys.argv[1]; data = bytearray(open(path, 'rb').read())
for i in range(len(data) // 2, len(data) // 2 + 4096): data[i] ^= 0x55
open(path, 'wb').write(data)" "$cached"
    check "corrupted cache: same size" test "$(stat -c %s "$cached")" = "$size"
    "$zhtext" segment a.txt >out 2>err; status=$?
    check "corrupted cache: rebuilt with a warning, right output" \
        bash -c "[ $status -eq 0 ] && grep -q 'is damaged' err && cmp -s out expected.txt"
    "$zhtext" segment a.txt >out 2>err; status=$?
    check "corrupted cache: the rebuilt file is used quietly" bash -c "[ $status -eq 0 ] && [ ! -s err ] && cmp -s out expected.txt"
    head -c 1000 "$cached" > cut.bin && cp cut.bin "$cached"
    "$zhtext" segment a.txt >out 2>err; status=$?
    check "truncated cache: rebuilt with a warning" bash -c "[ $status -eq 0 ] && grep -q 'is damaged' err && cmp -s out expected.txt"
else
    skip "corrupted cache" "no compiled lexicon in $work/cache"
fi

printf '网格员 inf n\n天安门 1e400\n坏词 NaN\n零词 0\n负词 -5\n大词 1e15\n好词 100 n\n😀笑脸 5\n# comment\n\n今天去北京 n\n' > bad.dict
"$zhtext" segment --dict bad.dict a.txt >out 2>err; status=$?
check "bad --dict lines: exit 0, the good entries used" bash -c "[ $status -eq 0 ] && grep -q '今天去北京' out"
check "bad --dict lines: one warning per line, with its number" \
    bash -c "[ \$(grep -c '^zhtext: warning: bad.dict line' err) -eq 7 ] && grep -q 'bad.dict line 1: frequency inf' err \
        && grep -q 'bad.dict line 5: frequency -5' err && grep -q 'bad.dict line 8: 😀笑脸' err"

# --- Errors a person can act on --------------------------------------------------------------

"$zhtext" frq corpus >out 2>err; status=$?
check "misspelled subcommand: suggestion" bash -c "[ $status -eq 64 ] && grep -q \"did you mean 'freq'\" err"

# --- Issue 25: nothing lost, nothing silently wrong ------------------------------------------

# DL3: a regular file under /dev (here /dev/shm) written in place loses its old tail.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    shm="/dev/shm/zhtext-robustness-$$.txt"
    head -c 5000 /dev/zero | tr '\0' x > "$shm"
    "$zhtext" segment a.txt -o "$shm" 2>err; status=$?
    check "DL3 -o onto a file in /dev/shm: truncated, nothing old left" bash -c "[ $status -eq 0 ] && cmp -s '$shm' expected.txt"
    rm -f "$shm"
else
    skip "DL3 -o onto a file in /dev/shm" "no writable /dev/shm"
fi

# K8: -o onto a file with another hard link: replaced, and the run says the link keeps the old text.
echo old > linked.txt; ln linked.txt other-name.txt
"$zhtext" segment a.txt -o linked.txt 2>err; status=$?
check "K8 -o onto a hard link: replaced, the other name kept and said" bash -c "[ $status -eq 0 ] && cmp -s linked.txt expected.txt \
    && [ \"\$(cat other-name.txt)\" = old ] && grep -q 'linked.txt: replaced by a new file; its 1 other hard link keeps the previous contents' err"

# DL5: names that are not UTF-8, in a folder, named explicitly and as -o.
mkdir bytenames && cp a.txt "bytenames/b$(printf '\377').txt" && cp corpus/two.txt bytenames/ok.txt
"$zhtext" freq bytenames --by document --format csv >out 2>err; status=$?
check "DL5 a file name that is not UTF-8 inside a folder: read, shown as \\xff" \
    bash -c "[ $status -eq 0 ] && grep -q '^bytenames/b\\\\xff.txt,北京' out && grep -q '^bytenames/ok.txt,上海' out"
"$zhtext" segment "bytenames/b$(printf '\377').txt" -o "out$(printf '\376').txt" 2>err; status=$?
check "DL5 a name that is not UTF-8 as input and -o: read and written under its own bytes" \
    bash -c "[ $status -eq 0 ] && cmp -s \"out\$(printf '\376').txt\" expected.txt"

# DL8: a file deeper than PATH_MAX inside a folder is reported, not skipped silently.
python3 - <<'PY'
import os
os.mkdir("deep")
fd = os.open("deep", os.O_RDONLY | os.O_DIRECTORY)
for _ in range(22):
    os.mkdir("d" * 200, dir_fd=fd)
    inner = os.open("d" * 200, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd); os.close(fd); fd = inner
with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as out: out.write("我们今天去北京。\n")
PY
cp a.txt deep/top.txt
"$zhtext" freq deep >out 2>err; status=$?
check "DL8 a path longer than PATH_MAX: reported, the rest read, exit 1" \
    bash -c "[ $status -eq 1 ] && grep -q 'name too long' err && grep -q 北京 out"
rm -rf deep 2>/dev/null

# DL7: report --export --force on a full disk leaves the earlier tables, all of them, as they were.
mkdir full
if mount -t tmpfs -o size=256k tmpfs full 2>/dev/null; then
    mounted="$work/full"
    "$zhtext" report essays -o full/r.html --export full/t 2>err
    cp -r full/t tables-before
    head -c $(( $(df -k --output=avail full | tail -1) * 1024 - 12288 )) /dev/zero > full/filler 2>/dev/null
    "$zhtext" report a.txt -o full/r.html --export full/t --force 2>err; status=$?
    check "DL7 report --export --force on a full disk: exit 1, the earlier tables whole and alone" \
        bash -c "[ $status -eq 1 ] && grep -q 'no space left on device' err && diff -r tables-before full/t >/dev/null \
            && [ -z \"\$(ls -A full/t | grep zhtext-)\" ]"
    umount full && mounted=""
else
    skip "DL7 report --export on a full disk" "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)"
fi

# U1: SIGQUIT ends the run with its status (131), no crash backtrace, no temporary left.
set -m
echo previous > quit.txt
"$zhtext" segment bigger.txt bigger.txt bigger.txt bigger.txt -o quit.txt 2>err &
pid=$!
for _ in $(seq 1 100); do ls -A | grep -q '^\.quit\.txt\.zhtext-' && break; sleep 0.05; done
kill -s QUIT $pid; { wait $pid; } 2>/dev/null; status=$?
set +m
check "U1 SIGQUIT: status 131, no backtrace, previous file intact" \
    bash -c "[ $status -eq 131 ] && [ ! -s err ] && [ \"\$(cat quit.txt)\" = previous ] && ! ls -A | grep -q zhtext-"

# H7: /dev/zero and /dev/urandom named explicitly are refused at their first bytes.
for device in /dev/zero /dev/urandom; do
    timeout 20 "$zhtext" freq "$device" >out 2>err; status=$?
    check "H7 freq $device: refused in one line, exit 1" exits_with $status 1 "$device: byte [0-9]*: looks like a binary file"
done

# H2: a link to a /proc file inside an input folder is skipped with a warning (/proc/kmsg would block).
mkdir proclinks && cp a.txt proclinks/ && ln -s /proc/self/status proclinks/status
[ -e /proc/kmsg ] && ln -s /proc/kmsg proclinks/kmsg
timeout 20 "$zhtext" segment proclinks >out 2>err; status=$?
check "H2 links to /proc files in a folder: skipped with a warning" \
    bash -c "[ $status -eq 0 ] && grep -q 'proclinks/status: a link to a /proc or /sys file' err && cmp -s out expected.txt"

# W8: UTF-32 with a byte-order mark.
python3 -c "open('utf32.txt', 'wb').write(open('a.txt', encoding='utf-8').read().encode('utf-32'))"
"$zhtext" segment utf32.txt >out 2>err; status=$?
check "W8 UTF-32 with a BOM: decoded as UTF-32" bash -c "[ $status -eq 0 ] && cmp -s out expected.txt && [ ! -s err ]"

# W10: NUL and other control characters never reach CSV raw.
printf '{"id": "x", "text": "北京\\u0000好\\u001b[31m。"}\n' > control.jsonl
"$zhtext" kwic control.jsonl --term 北京 --format csv >out 2>err; status=$?
check "W10 control characters in CSV: written as U+FFFD" \
    bash -c "[ $status -eq 0 ] && [ \$(tr -cd '\000\033' < out | wc -c) -eq 0 ] && grep -q '好' out"

# H4: one huge quotation among short ones does not pad every row of the aligned table.
python3 -c "
text = '他说：“' + '好' * 20000 + '。”\n' + '他说：“好的。”\n' * 2000
open('hugecell.txt', 'w', encoding='utf-8').write(text)"
"$zhtext" quotes hugecell.txt >out 2>err; status=$?
"$zhtext" quotes hugecell.txt --format csv >hugecell.csv 2>/dev/null
check "H4 a 20,000-character quotation: aligned rows stay short, CSV keeps it whole" \
    bash -c "[ $status -eq 0 ] && [ \$(wc -L < out) -lt 400 ] && grep -q '…' out && [ \$(wc -L < hugecell.csv) -gt 20000 ]"

# CR2: inputs listed in a file (--paths-from), NUL-separated.
printf 'a.txt\0corpus/two.txt\0' > list.txt
"$zhtext" freq --paths-from list.txt --by document --format csv >out 2>err; status=$?
"$zhtext" freq a.txt corpus/two.txt --by document --format csv >direct.csv 2>/dev/null
check "CR2 --paths-from: the same as the paths on the command line" bash -c "[ $status -eq 0 ] && cmp -s out direct.csv"

# U5, K5: a FIFO, /dev/zero or a binary file as --dict: refused before reading, one clear line.
mkfifo dict.fifo
for dict in dict.fifo /dev/zero; do
    timeout 20 "$zhtext" segment a.txt --dict "$dict" >out 2>err; status=$?
    check "U5 --dict $dict: refused, says it is not a regular file" \
        bash -c "[ $status -eq 64 ] && grep -q -- '--dict $dict is not a regular file' err && ! grep -q permission err"
done
printf '\177ELF\002\001\001\000\000\000' > binary.dict
"$zhtext" segment a.txt --dict binary.dict >out 2>err; status=$?
check "K5 a binary --dict: one line, exit 64" exits_with $status 64 "--dict binary.dict: byte 7: looks like a binary file"

# K6: negative numbers and NaN are range errors.
"$zhtext" kwic a.txt --term 北京 --window -1 >out 2>err; status=$?
check "K6 --window -1: a range error" bash -c "[ $status -eq 64 ] && grep -q -- '--window takes 0 to 10000, not -1' err"
"$zhtext" compare --target a.txt --p-value nan >out 2>err; status=$?
check "K6 --p-value nan: refused" bash -c "[ $status -eq 64 ] && grep -q -- '--p-value takes a number from 0 to 1, not nan' err"

# K7: one essay of a collection: no warning about the collection heading.
printf '社区工作心得\n（2篇）\n\n居民说：“服务要到位。”我们今天去社区，大家都很高兴。\n\n\n网格员的一天\n\n网格员很负责，每天走访居民。\n' > collection.txt
"$zhtext" freq "collection.txt#1" >out 2>err; status=$?
check "K7 FILE#1 of a collection: no collection-heading warning" bash -c "[ $status -eq 0 ] && ! grep -q 'collection heading' err && grep -q 服务 out"

# K1: the Markdown report escapes HTML in file names and text.
mkdir html && printf '他说：“<script>alert(1)</script>我们今天去北京。”\n' > 'html/<img src=x onerror=alert(1)>.txt'
"$zhtext" report html --format markdown -o report.md 2>err; status=$?
check "K1 Markdown report: no raw HTML" bash -c "[ $status -eq 0 ] && ! grep -q '<img\|<script' report.md && grep -q '&lt;img' report.md"

# CR1: merge of counts that pass 2^63 - 1: a clear error, exit 1, no trap.
# Two partials (other terms, so they are not one partial given twice) with counts near 2^63,
# each with a trailer that matches its records.
python3 - <<'PY'
def partial(name, term):
    records = f"group\t*\t\t9223372036854775000\nterm\t*\t{term}\t9223372036854775000\t1\n".encode()
    checksum = 0xCBF29CE484222325
    for byte in records:
        checksum = ((checksum ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    header = b"zhtext-partial\t1\tfreq\noption\tby\tcorpus\n"
    open(name, "wb").write(header + records + f"end\t2\t{checksum:x}\n".encode())
partial("huge.partial", "北京")
partial("huge2.partial", "上海")
PY
"$zhtext" merge --as freq huge.partial huge2.partial >out 2>err; status=$?
check "CR1 merge past 2^63 - 1: exit 1, one clear line, no trap" exits_with $status 1 "counts add up to more than 9223372036854775807"

# W2, H3 and K3: partials made with --dict files of the same size but other content do not
# merge; a --dict word of 2,000 characters without frequency costs seconds, not minutes; and
# a cache folder that cannot be made gives one warning that says so (the first run's cache is
# blocked by a file, which also spares the suite a lexicon build).
python3 - <<'PY'
import random
random.seed(25)
long = "".join(chr(random.randint(0x4E00, 0x9FA5)) for _ in range(2000))
open("one.dict", "w", encoding="utf-8").write(long + "\n今天去 5\n")
open("two.dict", "w", encoding="utf-8").write(long + "\n去北京 5\n")
PY
touch cache-blocker
timeout 120 env ZHTEXT_CACHE_DIR="$work/cache-blocker/cache" "$zhtext" freq a.txt --lexicon none --dict one.dict --partial \
    >one.partial 2>err; status=$?
check "H3 a 2,000-character --dict word without frequency: finishes" test $status -eq 0
check "K3 a cache folder that cannot be made: one clear warning, the run goes on" \
    bash -c "[ \$(grep -c . err) -eq 1 ] && grep -q 'cannot cache the compiled lexicon in .*ZHTEXT_CACHE_DIR' err && grep -q '^term' one.partial"
timeout 120 "$zhtext" freq a.txt --lexicon none --dict two.dict --partial >two.partial 2>/dev/null
"$zhtext" merge --as freq one.partial two.partial >out 2>err; status=$?
check "W2 partials of other --dict content, same size: refused" \
    bash -c "[ $status -eq 1 ] && grep -q 'made with other options' err && grep -q 'lexicon' err"

# W7: NFD "café" is café, and a variation selector does not split 北京; offsets and the text
# shown stay those of the input as written.
printf 'cafe\xcc\x81 caf\xc3\xa9 我们今天去北\xef\xb8\x80京。北京很大。\n' > w7.txt
"$zhtext" freq w7.txt --format csv >out 2>err; status=$?
check "W7 NFD café and 北+VS+京: each counted twice as one word" \
    bash -c "[ $status -eq 0 ] && grep -q '^café,café,1,2,' out && grep -q '^北京,北京,1,2,' out && ! grep -q '^cafe,' out"
"$zhtext" kwic w7.txt --term 北京 --format csv 2>err | tr -d '\r' >out; status=${PIPESTATUS[0]}
check "W7 kwic: 北+VS+京 found, offsets into the text as written" \
    bash -c "[ $status -eq 0 ] && grep -q \"^w7.txt,1,cafe$(printf '\xcc\x81') café 我们今天去,北$(printf '\xef\xb8\x80')京,。北京很大。,16,19\\$\" out \
        && grep -q ',北京,很大。,20,22\$' out"
"$zhtext" segment w7.txt --format tsv >out 2>err; status=$?
check "W7 segment: tokens as written, at their byte offsets" \
    bash -c "[ $status -eq 0 ] && grep -q \"^0	6	latin	eng	cafe$(printf '\xcc\x81')\\$\" out && grep -q \"^28	9	word	ns	北$(printf '\xef\xb8\x80')京\\$\" out"

# U2: a file read in pieces names the file's byte of invalid UTF-8 (not the piece's), and its
# offsets in kwic and quotes are those of the file read whole.
python3 - <<'PY2'
out = bytearray()
for i in range(1200):
    if i == 900:
        out += b"bad\xff\xfe here \xc3( x\n"
    out += f"第{i}行：我们今天去北京，居民都很高兴。他说：“好的。”\n".encode()
open("u2.txt", "wb").write(out)
print(out.index(b"\xff"), file=open("u2.byte", "w"))
PY2
"$zhtext" kwic u2.txt --term 北京 --format csv 2>err | cut -d, -f6 >whole.offsets
"$zhtext" quotes u2.txt --format csv 2>/dev/null | awk -F, '{print $(NF-5), $(NF-4)}' >whole.spans
ZHTEXT_WHOLE_DOCUMENT_LIMIT=8192 ZHTEXT_PIECE_SIZE=4096 "$zhtext" kwic u2.txt --term 北京 --format csv 2>err | cut -d, -f6 >pieces.offsets
check "U2 invalid UTF-8 in a later piece: the file's byte" \
    bash -c "grep -q 'read in pieces' err && grep -q \"u2.txt: byte \$(cat u2.byte): 3 invalid UTF-8 byte sequences\" err"
ZHTEXT_WHOLE_DOCUMENT_LIMIT=8192 ZHTEXT_PIECE_SIZE=4096 "$zhtext" quotes u2.txt --format csv 2>/dev/null | awk -F, '{print $(NF-5), $(NF-4)}' >pieces.spans
check "U2 kwic and quotes offsets in pieces: those of the file read whole" \
    bash -c "[ \$(wc -l < whole.offsets) -eq 1201 ] && cmp -s whole.offsets pieces.offsets && [ \$(wc -l < whole.spans) -eq 1201 ] && cmp -s whole.spans pieces.spans"

# H5: a JSON Lines record and a CSV cell of more than the whole-document limit are read in
# pieces (said once), with the counts and offsets of the record read whole.
python3 - <<'PY2'
import csv, json
text = "".join(f"第{i}行：我们今天去北京，居民都很高兴。他说：“好的。”\n" for i in range(1200))
with open("record.jsonl", "w", encoding="utf-8") as out:
    out.write(json.dumps({"id": "big", "text": text, "year": "2024"}, ensure_ascii=False) + "\n")
    out.write(json.dumps({"id": "small", "text": "我们今天去上海。", "year": "2025"}, ensure_ascii=False) + "\n")
with open("record.csv", "w", encoding="utf-8", newline="") as out:
    rows = csv.writer(out); rows.writerow(["id", "text", "year"]); rows.writerow(["big", text, "2024"]); rows.writerow(["small", "我们今天去上海。", "2025"])
PY2
for input in record.jsonl record.csv; do
    "$zhtext" freq $input --by year --format csv >whole.csv 2>/dev/null
    "$zhtext" kwic $input --term 北京 --format csv 2>/dev/null | cut -d, -f1,6 >whole.offsets
    ZHTEXT_WHOLE_DOCUMENT_LIMIT=8192 ZHTEXT_PIECE_SIZE=4096 "$zhtext" freq $input --by year --format csv >pieces.csv 2>err; status=$?
    ZHTEXT_WHOLE_DOCUMENT_LIMIT=8192 ZHTEXT_PIECE_SIZE=4096 "$zhtext" kwic $input --term 北京 --format csv 2>/dev/null | cut -d, -f1,6 >pieces.offsets
    check "H5 a record of more than the limit in $input: read in pieces, the counts and offsets of the whole" \
        bash -c "[ $status -eq 0 ] && [ \$(grep -c 'big: its text.*read in pieces' err) -eq 1 ] && cmp -s whole.csv pieces.csv \
            && grep -q '^2024,北京,北京,1,1200,1,' pieces.csv && [ \$(wc -l < pieces.offsets) -eq 1201 ] && cmp -s whole.offsets pieces.offsets"
done

# Names that are not UTF-8 given to --dict, --stopwords and --aliases: read under their bytes.
printf '今天去北京 5\n' > "d$(printf '\377').dict"; printf '今天\n' > "s$(printf '\377').txt"
printf '张明远 张明\n' > "al$(printf '\377').txt"; printf '区长张明说：“我们今天去北京。”\n' > said.txt
"$zhtext" segment a.txt --dict "d$(printf '\377').dict" >out 2>err; status=$?
check "a --dict name that is not UTF-8: read" bash -c "[ $status -eq 0 ] && grep -q '今天去北京' out"
"$zhtext" freq a.txt --stopwords "s$(printf '\377').txt" >out 2>err; status=$?
check "a --stopwords name that is not UTF-8: read" bash -c "[ $status -eq 0 ] && grep -q 北京 out && ! grep -q 今天 out"
"$zhtext" quotes said.txt --aliases "al$(printf '\377').txt" --format csv >out 2>err; status=$?
check "an --aliases name that is not UTF-8: read" bash -c "[ $status -eq 0 ] && grep -q ',张明远,' out"
"$zhtext" freq a.txt --stopwords "none$(printf '\377').txt" >out 2>err; status=$?
check "a missing --stopwords name that is not UTF-8: said with \\xff" \
    bash -c "[ $status -eq 64 ] && grep -q 'stopwords none\\\\xff.txt: no such file' err"

# K4 (a folder where the cache file goes) is pinned by LexiconCacheTests: here it would cost
# another lexicon build.

echo "robustness: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
