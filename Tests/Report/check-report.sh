#!/usr/bin/env bash
# Renders `zhtext report Corpus` in headless Chromium, as a reader would see it, and checks:
# the page loads without console errors, its charts and tables are there after the scripts ran,
# and they hold the expected numbers; it also saves a screenshot.
# Installs chromium and fonts-noto-cjk with apt when missing; skips with a clear message when
# they cannot be installed. Usage: Tests/Report/check-report.sh [zhtext binary]
# `--install-only` installs what is missing and stops (Tests/run.sh does it during the build).
set -uo pipefail
cd "$(dirname "$0")/../.."
zhtext="${1:-.build/debug/zhtext}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "report check: installing chromium and fonts-noto-cjk" >&2
    timeout 600 apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1
    browser="$(command -v chromium || true)"
fi
[ "${1:-}" = --install-only ] && { echo "report check: Chromium ${browser:-could not be installed}" >&2; exit 0; }
if [ -z "$browser" ]; then
    echo "report check: skipped, Chromium is not installed and could not be installed"
    echo "report: 0 passed, 0 failed, 1 skipped"
    exit 0
fi
"$zhtext" report Corpus --output "$out/report.html" 2>"$out/zhtext.err" || { echo "report check: zhtext report failed"; cat "$out/zhtext.err"; echo "report: 0 passed, 1 failed"; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2400)
timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$out/report.html" >"$out/dom.html" 2>"$out/console.txt"
timeout 120 "$browser" "${flags[@]}" --screenshot="$out/report.png" "file://$out/report.html" >/dev/null 2>&1
passed=0; failed=0
check() {  # check NAME CONDITION...
    local name="$1"; shift
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "report check failed: $name"; fi
}
check "no console errors" bash -c "! grep -E 'CONSOLE.*(Uncaught|Error)' '$out/console.txt'"
check "page rendered" grep -q "<h1>zhtext report: Corpus</h1>" "$out/dom.html"
check "overview numbers" grep -q "11 documents, 13 essays" "$out/dom.html"
check "bar charts" bash -c "[ \$(grep -o '<rect class=\"bar\"' '$out/dom.html' | wc -l) -ge 40 ]"
check "keyness chart" grep -q "more frequent in the target" "$out/dom.html"
check "top word count" grep -qE "<td[^>]*>居民</td><td[^>]*>居民</td><td class=\"n\">1</td><td class=\"n\">50</td>" "$out/dom.html"
check "quotation table" grep -q "<td>陈立新</td>" "$out/dom.html"
check "table of contents" grep -q '<a href="#section-1">Overview</a>' "$out/dom.html"
check "terms lead to their lines of context" grep -q '<td class="link">社区</td>' "$out/dom.html"
check "speakers lead to their quotations" grep -q '<td class="link" title="show this speaker' "$out/dom.html"
check "network section in the contents" grep -qE '<a href="#section-[0-9]+">Co-occurrence network</a>' "$out/dom.html"
check "network nodes and edges" bash -c "[ \$(grep -o '<circle class=\"node\"' '$out/dom.html' | wc -l) -ge 20 ] && [ \$(grep -o '<line class=\"edge\"' '$out/dom.html' | wc -l) -ge 10 ]"
check "network laid out by its script" grep -q '<svg class="network"[^>]*data-layout="done"' "$out/dom.html"
check "screenshot" bash -c "[ -s '$out/report.png' ] && [ \$(stat -c %s '$out/report.png') -gt 20000 ]"
if [ -n "${ZHTEXT_SCREENSHOT:-}" ]; then cp "$out/report.png" "$ZHTEXT_SCREENSHOT"; fi
# The dated sample with --by source (and --date-field): the groups section, as a reader sees it.
if "$zhtext" report Corpus-dated/dated-news.jsonl --by source --date-field date --output "$out/groups.html" 2>"$out/groups.err"; then
    timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$out/groups.html" >"$out/groups-dom.html" 2>"$out/groups-console.txt"
    check "--by: no console errors" bash -c "! grep -E 'CONSOLE.*(Uncaught|Error)' '$out/groups-console.txt'"
    check "--by: table of contents" grep -qE '<a href="#section-[0-9]+">Groups by source</a>' "$out/groups-dom.html"
    check "--by: a chart per group" bash -c "[ \$(grep -o ': more frequent than in the rest (log-likelihood)' '$out/groups-dom.html' | wc -l) -ge 3 ]"
    check "--by: group sizes" grep -qE '<td[^>]*>江城日报</td><td class="n">15</td>' "$out/groups-dom.html"
    check "--by: over time too" grep -q '<h2>Over time</h2>' "$out/groups-dom.html"
else
    check "--by: zhtext report --by source" false
    cat "$out/groups.err"
fi
echo "report: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
