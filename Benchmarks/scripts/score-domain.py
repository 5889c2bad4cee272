#!/usr/bin/env python3
"""Scores how often a segmenter keeps domain terms whole.

Usage: score-domain.py [--quiet] TERMS SEGMENTED_FILE...

TERMS is a UTF-8 file with one term per line (blank lines and lines starting with # are
ignored). Each SEGMENTED_FILE holds a segmentation: tokens separated by white space, one output
line per input line. The files are read as one text. Every line's unsegmented text is the line
with its white space removed; every occurrence of a term in it (overlapping occurrences
included, each counted) is "whole" when the segmentation has a token boundary exactly at its
start and at its end and none inside it.

Prints the overall share of whole occurrences, then one row per term that is not always whole:
the term, whole/total, and the tokens one split occurrence fell into (tokens that reach past the
term are shown in full). --quiet prints only the overall line.
"""
import sys
import unicodedata


def usage(status):
    print("usage: score-domain.py [--quiet] TERMS SEGMENTED_FILE...", file=sys.stderr)
    sys.exit(status)


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    return s + " " * max(0, n - width(s))


def read_terms(path):
    terms, seen = [], set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            term = "".join(line.split())
            if term and not term.startswith("#") and term not in seen:
                seen.add(term)
                terms.append(term)
    return terms


def read_lines(paths):
    """Yields (text, boundaries, starts, tokens) per line: the unsegmented text, the set of
    token boundaries (character offsets), and each token's start offset."""
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                tokens = line.split()
                if not tokens:
                    continue
                starts, pos = [], 0
                for t in tokens:
                    starts.append(pos)
                    pos += len(t)
                yield "".join(tokens), set(starts) | {pos}, starts, tokens


def occurrences(text, term):
    i = text.find(term)
    while i >= 0:
        yield i
        i = text.find(term, i + 1)


def main(argv):
    args = [a for a in argv if a != "--quiet"]
    quiet = len(args) != len(argv)
    if any(a in ("-h", "--help") for a in args):
        usage(0)
    if len(args) < 2 or any(a.startswith("--") for a in args):
        usage(2)
    terms = read_terms(args[0])
    for a in terms:
        for b in terms:
            if a != b and a in b:
                print(f"score-domain: note: term {a} is part of term {b}; "
                      f"its occurrences inside {b} count too", file=sys.stderr)

    total = {t: 0 for t in terms}
    whole = {t: 0 for t in terms}
    example = {}
    for text, bounds, starts, tokens in read_lines(args[1:]):
        for term in terms:
            for s in occurrences(text, term):
                e = s + len(term)
                total[term] += 1
                inside = any(b in bounds for b in range(s + 1, e))
                if s in bounds and e in bounds and not inside:
                    whole[term] += 1
                elif term not in example:
                    example[term] = " | ".join(
                        tok for st, tok in zip(starts, tokens) if st < e and st + len(tok) > s)

    found = [t for t in terms if total[t]]
    missing = [t for t in terms if not total[t]]
    if missing:
        print(f"score-domain: {len(missing)} term(s) not in the text: {' '.join(missing)}",
              file=sys.stderr)
    n_total = sum(total.values())
    n_whole = sum(whole.values())
    share = 100.0 * n_whole / n_total if n_total else 0.0
    print(f"terms whole: {n_whole}/{n_total} occurrences ({share:.1f}%), "
          f"{len(found)} terms, {sum(1 for t in found if whole[t] == total[t])} always whole")
    if quiet:
        return
    split = sorted((t for t in found if whole[t] < total[t]),
                   key=lambda t: (whole[t] - total[t], whole[t] / total[t], terms.index(t)))
    if not split:
        return
    col = max(width(t) for t in split) + 2
    print()
    print(pad("term", col) + pad("whole", 9) + "example split")
    for t in split:
        print(pad(t, col) + pad(f"{whole[t]}/{total[t]}", 9) + example[t])


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except BrokenPipeError:
        sys.exit(0)
    except OSError as err:
        print(f"score-domain: {err}", file=sys.stderr)
        sys.exit(1)
