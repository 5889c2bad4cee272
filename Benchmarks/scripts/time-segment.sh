#!/usr/bin/env bash
# Times the whole `zhtext segment` command, fast engine against --engine icu, on the MSR test
# text repeated to about 55 MB (both use every core). Prints wall time, peak memory and MB/s.
# Usage: Benchmarks/scripts/time-segment.sh [path/to/shared]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:-../shared}"
[ -d "$shared/eval" ] || { echo "time-segment.sh: $shared/eval is missing: give the folder that holds eval/ and tools/ as the first argument" >&2; exit 2; }
swift build -c release >/dev/null
big="$(mktemp)"
for _ in $(seq 100); do cat "$shared/eval/sighan2005-msr/msr_test.utf8"; done > "$big"
size=$(stat -c %s "$big")
.build/release/zhtext segment --format count "$big" >/dev/null  # warm the lexicon cache
for engine in fast icu; do
    for format in count spaced; do
        /usr/bin/time -f "%e %M" -o "$big.time" .build/release/zhtext segment --engine "$engine" --format "$format" "$big" >/dev/null
        read -r seconds kilobytes < "$big.time"
        awk -v e="$engine" -v f="$format" -v s="$seconds" -v k="$kilobytes" -v b="$size" \
            'BEGIN{printf "| %s | %s | %.2f s | %.1f MB/s | %d MB |\n", e, f, s, b/s/1e6, k/1024}'
    done
done
rm -f "$big" "$big.time"
