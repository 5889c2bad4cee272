#!/usr/bin/env python3
"""Counts the words `zhtext segment` and `zhtext freq` see in the same input and lists where they
disagree: the tokens of kind word, latin and number from `segment --format tsv` against
`freq --keep-stopwords --numbers --format tsv` (words folded to NFKC width, as freq's text is
normalised). Usage: segment-vs-freq.py ZHTEXT FILE... ; prints the totals and the 10 terms
that differ most, and exits 1 when any count differs."""
import collections, subprocess, sys, unicodedata

zhtext, files = sys.argv[1], sys.argv[2:]
seg = subprocess.run([zhtext, "segment", "--format", "tsv", *files], capture_output=True, check=False)
segment = collections.Counter()
for line in seg.stdout.decode("utf-8", "replace").split("\n"):
    parts = line.split("\t")
    if len(parts) == 5 and parts[2] in ("word", "latin", "number"):
        segment[unicodedata.normalize("NFKC", parts[4])] += 1
fr = subprocess.run([zhtext, "freq", "--keep-stopwords", "--numbers", "--format", "tsv", *files], capture_output=True, check=False)
freq = collections.Counter()
for line in fr.stdout.decode("utf-8", "replace").split("\n")[1:]:
    parts = line.split("\t")
    if len(parts) == 6:
        freq[unicodedata.normalize("NFKC", parts[0])] += int(parts[3])
diff = {term: segment[term] - freq[term] for term in set(segment) | set(freq) if segment[term] != freq[term]}
differing = sum(abs(value) for value in diff.values())
print(f"segment: {sum(segment.values())} words; freq: {sum(freq.values())} words; "
      f"{len(diff)} terms differ, by {differing} occurrences in all")
for term, value in sorted(diff.items(), key=lambda item: -abs(item[1]))[:10]:
    print(f"  {term}\tsegment {segment[term]}\tfreq {freq[term]}")
sys.exit(1 if diff else 0)
