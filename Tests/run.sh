#!/usr/bin/env bash
# The test command: installs what the tests need, builds zhtext once (optimised, with testing
# enabled) and runs every suite against that build:
#   1. the Swift Testing suites (`swift test`: the modules and the end-to-end command tests);
#   2. Tests/Robustness/run.sh: hostile inputs, outputs, signals and environments;
#   3. Tests/Report/check-report.sh: the report of Corpus/ in headless Chromium;
#   4. Tests/Spark/run.sh: the Spark driver against single runs;
#   5. Tests/Docs/readme-examples.py: every example in the README prints what it shows;
#   6. Tests/Docs/doc-comments.py: every public declaration of the library has a doc comment;
#   7. the example package in Examples/, built as a library user's package would be and run on
#      Corpus/, and the library's DocC reference, built with --warnings-as-errors.
# Each step says when it starts and how long the run has taken so far, on standard error, and
# the command stops at the first step that fails, with that step's status.
# Usage: bash Tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { echo "== zhtext tests, $((SECONDS - started)) s: $*" >&2; }

step "setup (ICU, pkg-config and jieba's dictionary, when missing)"
bash .ci/setup
# One optimised build serves every suite: the command tests and the scripts run the binary a
# user installs, and the unit tests run at that speed too. Testing stays enabled
# (`@testable import`); overflow checks and preconditions stay on with -O.
build=(-c release -Xswiftc -enable-testing)
step "building zhtext and its tests (release, testable: about 5 minutes on 2 cores from a fresh clone)"
swift build "${build[@]}" --build-tests
zhtext="$(swift build "${build[@]}" --show-bin-path)/zhtext"
step "swift test"
swift test "${build[@]}" --skip-build
step "robustness suite"
bash Tests/Robustness/run.sh "$zhtext"
step "report in headless Chromium (installs chromium and fonts-noto-cjk the first time)"
bash Tests/Report/check-report.sh "$zhtext"
step "Spark driver (installs Java and PySpark into ~/.cache/zhtext-spark-venv the first time)"
bash Tests/Spark/run.sh "$zhtext"
step "README examples"
python3 Tests/Docs/readme-examples.py "$zhtext"
step "doc comments on the public API"
python3 Tests/Docs/doc-comments.py
step "the example package (Examples/)"
swift build --package-path Examples
out="$(swift run --package-path Examples --skip-build first-steps Corpus)"
printf '%s\n' "$out"
# It segments its sentence, counts Corpus/ and finds speakers; anything less is a failure.
grep -q "^网格员" <<< "$out" && grep -q "^running words: [1-9]" <<< "$out" && grep -q "^speakers: ." <<< "$out" \
    || { echo "zhtext tests: the example package printed less than it should" >&2; exit 1; }
step "the library's reference (DocC, Sources/ZhText/ZhText.docc)"
swift package generate-documentation --target ZhText --warnings-as-errors
step "all passed"
