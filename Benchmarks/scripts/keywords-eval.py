#!/usr/bin/env python3
"""Precision@10 of `zhtext keywords` (auto, tfidf, textrank) against jieba on labelled essays.

The labels (Benchmarks/keywords/labels.tsv) were made blind for zhtext: a reader read each
essay of Corpus/ and listed 10-15 terms they would accept as "what this essay is about"
before any keyword tool was run, and did not change them afterwards. The two seed essays
(document `seed`) use a fixed label list given by the project lead.

A returned term counts as accepted when, for some label of the essay,
  - it equals the label, or
  - the label contains it and it has >= 3 characters, or
  - it contains the label and has <= len(label) + 2 characters.
P@10 = accepted terms among the top 10 / 10 (missing terms count as misses).

zhtext is run once per document and method:
  ZHTEXT keywords --by essay --top 10 --method M --format tsv DOCUMENT
For jieba the script cuts the essay itself: essays are separated by runs of >= 2 blank
lines; in a collection (line 2 is `（N篇）`) the collection title and that line are dropped;
`##paidbegin##`/`##paidend##` lines are dropped; GB18030 is tried when UTF-8 fails.
jieba rows are skipped with a message when jieba is not importable.

Usage (from anywhere):
  python3 Benchmarks/scripts/keywords-eval.py [ZHTEXT] [SHARED]
ZHTEXT defaults to <root>/.build/release/zhtext, SHARED to <root>/../shared (the seed is
SHARED/corpus/seed/second-batch-reflections.txt).
"""
import csv
import io
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ZHTEXT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / ".build/release/zhtext"
SHARED = Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else ROOT.parent / "shared"
SEED = SHARED / "corpus/seed/second-batch-reflections.txt"
for needed, what in ((ZHTEXT, "the zhtext binary (swift build -c release, or give its path first)"),
                     (SEED, "the seed essay (give the shared folder second)")):
    if not needed.exists():
        sys.exit(f"keywords-eval.py: {needed} is missing: {what}")
METHODS = ["auto", "tfidf", "textrank"]
TOP = 10

try:
    import jieba
    import jieba.analyse
    jieba.setLogLevel(60)
    JIEBA = {"jieba-tfidf": lambda t: jieba.analyse.extract_tags(t, topK=TOP),
             "jieba-textrank": lambda t: jieba.analyse.textrank(t, topK=TOP)}
except ImportError:
    print("note: jieba is not importable (pip install jieba); jieba rows are skipped\n")
    JIEBA = {}


def path_of(document):
    return SEED if document == "seed" else ROOT / document


def essays_of(path):
    """The essays of a file as texts, split as described in the docstring."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    lines = [l for l in text.splitlines() if l.strip() not in ("##paidbegin##", "##paidend##")]
    if len(lines) > 1 and re.fullmatch(r"[（(]\s*\d+\s*篇\s*[）)]", lines[1].strip()):
        lines = lines[2:]
    blocks = re.split(r"\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)+", "\n".join(lines))
    return [b.strip() for b in blocks if b.strip()]


def zhtext_terms(document, method):
    """{essay number: [terms by rank]} from one zhtext run."""
    out = subprocess.run([str(ZHTEXT), "keywords", "--by", "essay", "--top", str(TOP),
                          "--method", method, "--format", "tsv", str(path_of(document))],
                         capture_output=True, text=True, check=True).stdout
    terms = {}
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        terms.setdefault(int(row["essay"]), []).append((int(row["rank"]), row["term"]))
    return {e: [t for _, t in sorted(v)] for e, v in terms.items()}


def accepted(term, labels):
    return any(term == l or (term in l and len(term) >= 3) or (l in term and len(term) <= len(l) + 2)
               for l in labels)


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    return s + " " * max(0, n - width(s))


def main():
    if not ZHTEXT.exists():
        sys.exit(f"zhtext binary not found: {ZHTEXT}")
    with open(ROOT / "Benchmarks/keywords/labels.tsv", encoding="utf-8") as f:
        labelled = [(r["document"], int(r["essay"]), r["terms"].split("|"))
                    for r in csv.DictReader(f, delimiter="\t")]
    methods = METHODS + list(JIEBA)
    cache, texts, scores = {}, {}, {m: [] for m in methods}
    seed_scores = {m: [] for m in methods}
    for document, essay, labels in labelled:
        got = {}
        for m in METHODS:
            if (document, m) not in cache:
                cache[document, m] = zhtext_terms(document, m)
            got[m] = cache[document, m].get(essay, [])
        if JIEBA:
            if document not in texts:
                texts[document] = essays_of(path_of(document))
            text = texts[document][essay - 1] if essay <= len(texts[document]) else ""
            if not text:
                print(f"warning: {document} has no essay {essay} for jieba")
            for m, fn in JIEBA.items():
                got[m] = fn(text) if text else []
        p = {m: sum(accepted(t, labels) for t in got[m][:TOP]) / TOP for m in methods}
        for m in methods:
            scores[m].append(p[m])
            if document == "seed":
                seed_scores[m].append(p[m])
        # Side by side: one column per method, `+` marks an accepted term.
        cells = {m: [("+" if accepted(t, labels) else " ") + t for t in got[m][:TOP]] for m in methods}
        w = {m: max([width(m)] + [width(c) for c in cells[m]]) + 2 for m in methods}
        print(f"## {document} #{essay}")
        print("   " + "".join(pad(m, w[m]) for m in methods))
        for i in range(TOP):
            print(f"{i + 1:>2} " + "".join(pad(cells[m][i] if i < len(cells[m]) else "", w[m]) for m in methods))
        print("P  " + "".join(pad(f" {p[m]:.1f}", w[m]) for m in methods) + "\n")

    mean = lambda xs: f"{sum(xs) / len(xs):.3f}" if xs else "n/a"
    print(f"| method | mean P@10, all {len(labelled)} essays | mean P@10, seed ({len(seed_scores['auto'])} essays) |")
    print("| --- | --- | --- |")
    for m in methods:
        print(f"| {m} | {mean(scores[m])} | {mean(seed_scores[m])} |")


if __name__ == "__main__":
    main()
