#!/usr/bin/env bash
# Times the commands on the large hostile cases of the robustness table in the README and
# prints one Markdown row each: wall time and peak resident memory (GNU time), rows written.
# The inputs are generated here (about 2.3 GB in the scratch folder):
#   dense:  1 GB on one line, a 216-byte block with 2 quotations and 北京 twice, repeated;
#   sparse: 1 GB on one line, one quotation and one 北京 per MB;
#   300 MB: the first 300 MB of dense.
# Usage: Benchmarks/scripts/large-cases.sh [scratch folder] [case...]
#   cases: essays freq kwic quotes sparse keywords report (default: all)
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch="${1:-/tmp/zhtext-large}"
shift || true
cases=("${@:-essays freq kwic quotes sparse keywords report}")
cases=(${cases[*]})
[ -x /usr/bin/time ] || { echo "large-cases.sh needs GNU time: apt-get install -y time" >&2; exit 1; }
mkdir -p "$scratch"
swift build -c release >/dev/null
zhtext="$PWD/.build/release/zhtext"
python3 - "$scratch" <<'PY'
import os, sys
scratch = sys.argv[1]
dense = os.path.join(scratch, "dense-1g.txt")
if not os.path.exists(dense):
    block = "张华在会上说：“我们今天去北京开会，讨论基层治理的新办法。”李明回答道：“好的，北京的同志已经准备好了材料。”大家都很高兴，会议在下午三点结束，".encode()
    with open(dense, "wb") as out:
        for _ in range((1 << 30) // len(block) // 4096):
            out.write(block * 4096)
sparse = os.path.join(scratch, "sparse-1g.txt")
if not os.path.exists(sparse):
    filler = "基层治理工作需要久久为功，社区干部每天走访居民，了解群众的急难愁盼问题，".encode()
    special = "王强说：“北京的经验值得学习。”".encode()
    piece = filler * (((1 << 20) - len(special)) // len(filler)) + special
    with open(sparse, "wb") as out:
        for _ in range(1024):
            out.write(piece)
part = os.path.join(scratch, "dense-300m.txt")
if not os.path.exists(part):
    with open(dense, "rb") as source, open(part, "wb") as out:
        out.write(source.read(300 << 20))
PY
echo "张华说：“北京。”" | "$zhtext" quotes - >/dev/null 2>&1 || true  # warm the lexicon cache
run() {
    local name="$1" input="$2"; shift 2
    local out="$scratch/out.txt"
    /usr/bin/time -f "%e %M" -o "$scratch/time" "$zhtext" "$@" "$scratch/$input" -o "$out" 2>"$scratch/stderr" \
        && status=0 || status=$?
    read -r seconds kilobytes < "$scratch/time"
    local rows; rows=$(wc -l < "$out" 2>/dev/null || echo 0)
    printf '| %s | `%s` | %s s | %d MB | %s lines out, exit %s |\n' "$name" "$*" "$seconds" $((kilobytes / 1024)) "$rows" "$status"
    rm -f "$out"
}
for case in "${cases[@]}"; do
    case "$case" in
        essays) run "1 GB dense line" dense-1g.txt essays --format csv ;;
        freq) run "1 GB dense line" dense-1g.txt freq --top 3 --format csv ;;
        kwic) run "1 GB dense line" dense-1g.txt kwic --term 北京 --format csv ;;
        quotes) run "1 GB dense line" dense-1g.txt quotes --format csv ;;
        sparse)
            run "1 GB sparse line" sparse-1g.txt kwic --term 北京 --format csv
            run "1 GB sparse line" sparse-1g.txt quotes --format csv ;;
        keywords) run "300 MB dense line" dense-300m.txt keywords --format csv ;;
        report) run "300 MB dense line" dense-300m.txt report ;;
    esac
done
