#!/usr/bin/env python3
"""Check a general-news gold set: usage check_gold.py [--uncovered] DIR...  (DIR: *.txt, gold.jsonl)

Asserts for every record: the fields of ANNOTATION.md and nothing else, text[start:start+len(span)]
== span (Python str indices of the file read as UTF-8 with newline=''), a known unit whose
dimension matches, no overlapping spans, order by doc then start, direction set iff kind is
change, value_hi set iff bound is range (and not below value), a lowercase measure, and that the
article files are LF-only UTF-8 with a gold record. Prints counts; exits 1 on the first problems.
--uncovered lists every number and number word outside all gold spans, for review (years,
dates, names and pronouns are expected there).
"""
import json
import re
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from units import dimension  # noqa: E402

FIELDS = ["doc", "span", "start", "value", "unit", "dimension", "bound", "value_hi", "kind",
          "measure", "period", "optional", "direction"]
BOUNDS = {"exact", "at_least", "at_most", "more_than", "less_than", "approx", "range"}
KINDS = {"level", "change", "share", "ratio"}


def check(d):
    errs = []
    gold_path = os.path.join(d, "gold.jsonl")
    texts = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            raw = open(os.path.join(d, name), "rb").read()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                errs.append(f"{name}: not UTF-8: {e}")
                continue
            if "\r" in t:
                errs.append(f"{name}: CR line ending")
            texts[name[:-4]] = t
    recs = []
    with open(gold_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{gold_path}:{n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: {e}")
                continue
            if list(r) != FIELDS:
                errs.append(f"{where}: fields {list(r)} != {FIELDS}")
                continue
            recs.append((where, r))
            t = texts.get(r["doc"])
            if t is None:
                errs.append(f"{where}: no article {r['doc']}.txt")
                continue
            s = r["start"]
            if not isinstance(s, int) or t[s:s + len(r["span"])] != r["span"] or not r["span"]:
                errs.append(f"{where}: span {r['span']!r} not at {s} (found {t[s:s + len(r['span'])]!r})")
            try:
                dim = dimension(r["unit"])
                if dim != r["dimension"]:
                    errs.append(f"{where}: dimension {r['dimension']} != {dim} for {r['unit']}")
            except KeyError:
                errs.append(f"{where}: unknown unit {r['unit']!r}")
            if r["bound"] not in BOUNDS:
                errs.append(f"{where}: bound {r['bound']!r}")
            if r["kind"] not in KINDS:
                errs.append(f"{where}: kind {r['kind']!r}")
            if (r["kind"] == "change") != (r["direction"] in ("up", "down")):
                errs.append(f"{where}: direction {r['direction']!r} with kind {r['kind']}")
            if r["direction"] not in (None, "up", "down"):
                errs.append(f"{where}: direction {r['direction']!r}")
            if (r["bound"] == "range") != (r["value_hi"] is not None):
                errs.append(f"{where}: value_hi {r['value_hi']!r} with bound {r['bound']}")
            if r["value_hi"] is not None and r["value_hi"] < r["value"]:
                errs.append(f"{where}: value_hi below value")
            if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
                errs.append(f"{where}: value {r['value']!r}")
            if r["kind"] == "change" and r["value"] < 0:
                errs.append(f"{where}: a change stores its magnitude")
            if not r["measure"] or r["measure"] != r["measure"].lower():
                errs.append(f"{where}: measure {r['measure']!r}")
            if not isinstance(r["optional"], bool):
                errs.append(f"{where}: optional {r['optional']!r}")
    for (w1, a), (w2, b) in zip(recs, recs[1:]):
        if (a["doc"], a["start"]) >= (b["doc"], b["start"]):
            errs.append(f"{w2}: not sorted after {w1}")
        elif a["doc"] == b["doc"] and a["start"] + len(a["span"]) > b["start"]:
            errs.append(f"{w2}: span {b['span']!r} overlaps {a['span']!r}")
    docs = {r["doc"] for _, r in recs}
    for doc in sorted(set(texts) - docs):
        errs.append(f"{d}/{doc}.txt: no gold record")
    return [r for _, r in recs], texts, errs


NUMBER = re.compile(
    r"[-+]?\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|"
    r"quarter|double|twice|triple|first|second|fifth)\b", re.I)


def uncovered(recs, texts):
    """Numbers and number words outside every gold span, for a human to review."""
    spans = {}
    for r in recs:
        spans.setdefault(r["doc"], []).append((r["start"], r["start"] + len(r["span"])))
    for doc, t in sorted(texts.items()):
        for m in NUMBER.finditer(t):
            if not any(a <= m.start() < b for a, b in spans.get(doc, [])):
                line = t.count("\n", 0, m.start()) + 1
                ctx = t[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                print(f"  {doc}:{line}: {m.group(0)!r} in ...{ctx}...")


def main():
    args = [a for a in sys.argv[1:] if a != "--uncovered"]
    if not args:
        raise SystemExit(__doc__)
    bad = False
    for d in args:
        recs, texts, errs = check(d)
        if "--uncovered" in sys.argv:
            uncovered(recs, texts)
        for e in errs[:50]:
            print(e)
        bad |= bool(errs)
        req = [r for r in recs if not r["optional"]]
        print(f"{d}: {len(texts)} articles, {len(recs)} figures, {len(req)} required, "
              f"{len(recs) - len(req)} optional; {len(errs)} problems")
        for label, key in (("dimension", "dimension"), ("unit", "unit"), ("kind", "kind"),
                           ("bound", "bound")):
            c = Counter(r[key] for r in req)
            co = Counter(r[key] for r in recs if r["optional"])
            print(f"  required by {label}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
            if label in ("dimension", "unit"):
                print(f"  optional by {label}: " + ", ".join(f"{k} {v}" for k, v in co.most_common()))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
