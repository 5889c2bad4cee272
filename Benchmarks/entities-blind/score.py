"""Scores `zhtext entities --format tsv` output against labels.tsv: entity strings exactly, and
with their kind. Usage: python3 score.py OUTPUT.tsv [labels.tsv]"""
import csv, sys
gold = {}
for line in open(sys.argv[2] if len(sys.argv) > 2 else __file__.replace("score.py", "labels.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    entity, kind = line.rstrip("\n").split("\t")
    gold[entity] = kind
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))[1:]
found = {row[0]: row[1] for row in rows}
hits = [e for e in found if e in gold]
typed = [e for e in hits if found[e] == gold[e]]
print(f"entities found {len(found)}, gold {len(gold)}")
print(f"precision {len(hits)}/{len(found)} = {len(hits) / max(len(found), 1):.2f}; recall {len(hits)}/{len(gold)} = {len(hits) / len(gold):.2f}")
print(f"with the right kind: {len(typed)}/{len(gold)} = {len(typed) / len(gold):.2f}")
print("missed:", " ".join(e for e in gold if e not in found))
print("spurious:", " ".join(e for e in found if e not in gold))
