#!/usr/bin/env bash
# The test command: installs what the tests need, builds zhtext once (optimised, with testing
# enabled) and runs every suite against that build:
#   1. the Swift Testing suites (`swift test`: the modules and the end-to-end command tests);
#   2. Tests/Robustness/run.sh: hostile inputs, outputs, signals and environments;
#   3. Tests/Report/check-report.sh: the report of Corpus/ in headless Chromium;
#   4. Tests/Spark/run.sh: the Spark driver against single runs;
#   5. Tests/Docs/readme-examples.py: every example in the README and docs/getting-started.md prints what it shows;
#   6. Tests/Docs/doc-comments.py: every public declaration of the library has a doc comment;
#   7. the example package in Examples/, built as a library user's package would be and run on
#      Corpus/, and the library's DocC reference, built with --warnings-as-errors.
# Two things run beside the rest, to use the second core while a step waits: the first time,
# Chromium, Java and PySpark are installed during the build; step 7 runs during steps 2 to 4,
# its output kept in a log that is shown when it ends. Each step says when it starts and how
# long the run has taken so far, on standard error, and the command stops at the first step
# that fails, with that step's status.
# Usage: bash Tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { echo "== zhtext tests, $((SECONDS - started)) s: $*" >&2; }
logs="$(mktemp -d)"
background=()
trap 'for pid in "${background[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$logs"' EXIT
# finish NAME PID: waits for a job started beside the others, shows its log, stops on its failure.
finish() {
    local status=0
    wait "$2" || status=$?
    cat "$logs/$1.log" >&2
    if [ "$status" -ne 0 ]; then echo "zhtext tests: $1 failed (status $status)" >&2; exit "$status"; fi
}

step "setup (ICU, pkg-config and jieba's dictionary, when missing)"
bash .ci/setup
# Chromium with CJK fonts, then Java and PySpark, when missing: network and disk while the
# compiler has the cores. The suites that need them check again and install or skip themselves.
if ! command -v chromium >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1 \
    || ! "${ZHTEXT_SPARK_VENV:-$HOME/.cache/zhtext-spark-venv}/bin/python" -c "import pyspark" 2>/dev/null; then
    step "installing Chromium, Java and PySpark beside the build (the first time only)"
    { bash Tests/Report/check-report.sh --install-only && bash Tests/Spark/run.sh --install-only; } >"$logs/install.log" 2>&1 &
    install=$!; background+=("$install")
fi
# One optimised build serves every suite: the command tests and the scripts run the binary a
# user installs, and the unit tests run at that speed too. Testing stays enabled
# (`@testable import`); overflow checks and preconditions stay on with -O.
build=(-c release -Xswiftc -enable-testing)
step "building zhtext and its tests (release, testable: about 5 minutes on 2 cores from a fresh clone)"
swift build "${build[@]}" --build-tests
zhtext="$(swift build "${build[@]}" --show-bin-path)/zhtext"
step "swift test"
swift test "${build[@]}" --skip-build
# The example package and the DocC reference build in debug, in their own build folders, and
# only read the sources: they run beside the robustness, report and Spark steps.
step "the example package (Examples/) and the library's reference (DocC) start beside the next steps"
{
    set -e
    swift build --package-path Examples
    out="$(swift run --package-path Examples --skip-build first-steps Corpus)"
    printf '%s\n' "$out"
    # It segments its sentence, counts Corpus/ and finds speakers; anything less is a failure.
    grep -q "^网格员" <<< "$out" && grep -q "^running words: [1-9]" <<< "$out" && grep -q "^speakers: ." <<< "$out" \
        || { echo "zhtext tests: the example package printed less than it should"; exit 1; }
    echo "the example package: built and ran"
    swift package generate-documentation --target ZhText --warnings-as-errors
} >"$logs/library.log" 2>&1 &
library=$!; background+=("$library")
step "robustness suite"
bash Tests/Robustness/run.sh "$zhtext"
if [ -n "${install:-}" ]; then
    step "waiting for the installs (Chromium, Java, PySpark)"
    finish install "$install"
fi
step "report in headless Chromium"
bash Tests/Report/check-report.sh "$zhtext"
step "Spark driver"
bash Tests/Spark/run.sh "$zhtext"
step "README examples"
python3 Tests/Docs/readme-examples.py "$zhtext" README.md docs/getting-started.md
step "doc comments on the public API"
python3 Tests/Docs/doc-comments.py
step "waiting for the example package and the DocC reference"
finish library "$library"
step "all passed"
