#!/usr/bin/env python3
"""Speaker attribution of `zhtext quotes` against the blind labels in Benchmarks/quotes/.

Each label row names a quotation by file, paragraph (1-based, the title not counted) and the
first 8 characters of its content (`quote_start`), with the speaker an analyst wants (empty
when the text names none), its kind and the frame that attributes it (see
Benchmarks/quotes/README.md). A quotation that zhtext prints as one row and the labels as two
(an interrupted quote) matches each label whose start lies inside the row's text.

For the labels of kind `speech`:
- attributed: zhtext gives the quotation a speaker (its `canonical_speaker`, else `speaker`);
- correct: that speaker equals the label's speaker exactly;
- precision = correct / attributed, recall = correct / labels with a speaker, F1;
- false speakers: quotations whose label has no speaker but zhtext gives one;
- clean speaker strings: the share of attributed rows that are right and whose raw `speaker`
  column is the labelled speaker with at most a title or affiliation on one side (市委书记李国栋
  for 李国栋), or a pronoun or pointing word (他, 该负责人) resolved to it: no adverbials
  (一边走一边), no verb halves (回答 → 回), no time words (去年).
Per frame, the same counts. Labels zhtext does not find at all count as not attributed.

Besides the speech table, two lines: citations whose label names a source (《论语》中有“…” → 论语;
book-title marks are ignored when comparing), and every labelled span that must get no speaker
(terms, sayings, speech the text does not attribute) with how many of them got one.

Usage: python3 Benchmarks/scripts/quotes-eval.py [ZHTEXT] [--data DIR] [--details]
(DIR holds labels.tsv and texts/; Benchmarks/quotes by default, Benchmarks/quotes-blind is the
blind set of issue 20.)
"""
import csv
import io
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
argv = sys.argv[1:]
DATA = ROOT / "Benchmarks/quotes"
if "--data" in argv:
    at = argv.index("--data")
    DATA = Path(argv[at + 1]).resolve()
    del argv[at:at + 2]
args = [a for a in argv if not a.startswith("--")]
ZHTEXT = Path(args[0]).resolve() if args else ROOT / ".build/release/zhtext"
DETAILS = "--details" in argv
POINTERS = {"他", "她", "他们", "她们", "其"}
# A saying's generic source is not a speaker: 常言道“…” is a citation of nobody in particular.
SAYINGS = {"古人", "俗话", "老话", "常言", "古语", "俗语", "谚语", "前人", "先贤"}


def rows_of(path):
    out = subprocess.run([str(ZHTEXT), "quotes", "--format", "tsv", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE))


def main():
    with open(DATA / "labels.tsv", encoding="utf-8") as f:
        labels = list(csv.DictReader(f, delimiter="\t"))
    found = {}
    for name in sorted({l["file"] for l in labels}):
        found[name] = rows_of(DATA / "texts" / name)
    stats = defaultdict(lambda: defaultdict(int))
    misses = []
    sources = defaultdict(int)
    silent = defaultdict(int)
    for label in labels:
        rows = [r for r in found[label["file"]] if int(r["paragraph"]) == int(label["paragraph"])
                and label["quote_start"] in r["text"] and (label["kind"] != "speech" or r["kind"] != "term")]
        if label["kind"] != "speech":
            # An inner term or saying: the innermost row that holds it.
            rows.sort(key=lambda r: len(r["text"]))
        row = rows[0] if rows else None
        predicted = ((row["canonical_speaker"] or row["speaker"]) if row else "").strip("《》")
        if label["kind"] == "citation" and label["speaker"]:
            sources["labels"] += 1
            sources["attributed"] += bool(predicted)
            sources["correct"] += predicted == label["speaker"]
        if label["kind"] == "citation" and predicted in SAYINGS:
            predicted = ""
        if not label["speaker"]:
            silent["labels"] += 1
            silent["given"] += bool(predicted)
            if predicted:
                misses.append((label["file"], label["paragraph"], label["kind"], label["quote_start"], "",
                               predicted, row["speaker"]))
        if label["kind"] != "speech":
            continue
        gold = label["speaker"]
        for key in ("all", label["frame"]):
            s = stats[key]
            s["labels"] += 1
            s["found"] += row is not None
            if gold:
                s["with_speaker"] += 1
            if predicted:
                s["attributed"] += 1
                raw = row["speaker"]
                s["clean"] += predicted == gold and (raw.startswith(gold) or raw.endswith(gold)
                                                     or raw in POINTERS or any(raw.startswith(p) for p in ("该", "这位", "这名")))
            if gold and predicted == gold:
                s["correct"] += 1
            if not gold and predicted:
                s["false_speaker"] += 1
        if predicted != gold:
            misses.append((label["file"], label["paragraph"], label["frame"], label["quote_start"], gold,
                           predicted, row["speaker"] if row else "(not found)"))
    print("| frame | speech labels | found | with speaker | attributed | correct | precision | recall | F1 | false speakers | clean speaker strings |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for key in ["all"] + sorted(k for k in stats if k != "all"):
        s = stats[key]
        p = s["correct"] / s["attributed"] if s["attributed"] else 0
        r = s["correct"] / s["with_speaker"] if s["with_speaker"] else 0
        f1 = 2 * p * r / (p + r) if p + r else 0
        clean = s["clean"] / s["attributed"] if s["attributed"] else 0
        print(f"| {key} | {s['labels']} | {s['found']} | {s['with_speaker']} | {s['attributed']} | {s['correct']} | "
              f"{p:.3f} | {r:.3f} | {f1:.3f} | {s['false_speaker']} | {clean:.3f} |")
    print(f"\ncitations with a source: {sources['labels']} labels, {sources['attributed']} given one, "
          f"{sources['correct']} right")
    print(f"spans that must get no speaker (terms, sayings, unattributed speech): {silent['labels']}, "
          f"{silent['given']} got one")
    if DETAILS:
        print("\nfile\tparagraph\tframe\tquote_start\tlabel\tzhtext (canonical)\tzhtext (speaker column)")
        for miss in misses:
            print("\t".join(miss))


if __name__ == "__main__":
    main()
