#!/usr/bin/env python3
"""Check general-news gold sets: usage check_gold.py [--uncovered] [--prices-as-other] DIR...

DIR holds the articles (*.txt) and gold.jsonl. Applies the contract of `gold_checks.py` (the
same checks every set's builder runs): LF-only UTF-8 articles with a headline line and a blank
line, the ANNOTATION.md fields in order, text[start:start+len(span)] == span (Python str
indices of the file read as UTF-8 with newline=''), a known unit whose dimension matches, bound,
kind, direction, value_hi and order rules, no overlap. Prints counts; exits 1 when any set has
a problem. Digit coverage needs the non-figures (dates, names, labels) each set's builder lists
in its sources: the builders run it (see each set's README).

--uncovered lists number words outside every gold span, for review.
--prices-as-other files compound prices (USD/barrel) under dimension `other`, the convention of
the first test set (`test/`); the other sets file them under `money`.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_checks  # noqa: E402
import units  # noqa: E402


def price_as_other(unit):
    """The first test set's convention: a compound price is `other`, not `money`."""
    if "/" in unit:
        cur, den = unit.split("/", 1)
        if cur in units.CURRENCIES and (den in units.DENOMINATORS or den in units.UNIT_DIM):
            return "other"
        raise KeyError(unit)
    return units.dimension(unit)


def load(d):
    """The articles (doc -> text) and the gold records of set folder `d`, with read problems."""
    errs, texts = [], {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            raw = open(os.path.join(d, name), "rb").read()
            try:
                texts[name[:-4]] = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                errs.append(f"{name}: not UTF-8: {e}")
    gold = []
    path = os.path.join(d, "gold.jsonl")
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh.read().split("\n"), 1):
            if not line:
                continue
            try:
                gold.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"{path}:{n}: {e}")
    return texts, gold, errs


def main():
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not dirs:
        raise SystemExit(__doc__)
    dim = price_as_other if "--prices-as-other" in flags else units.dimension
    bad = False
    for d in dirs:
        texts, gold, errs = load(d)
        errs += gold_checks.article_problems(texts, words=None)
        errs += gold_checks.record_problems(gold, texts, os.path.join(d, "gold.jsonl"), dim)
        if "--uncovered" in flags:
            print("\n".join(gold_checks.uncovered_words(texts, gold)))
        for e in errs[:50]:
            print(e)
        bad |= bool(errs)
        gold_checks.print_counts(d, texts, gold)
        print(f"  {len(errs)} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
