#!/usr/bin/env python3
"""Build and check the third held-out general-news test set (test3, issue 12).

The source of truth is src/news-test3-NNN.ann: the article as it is printed, with every figure
marked inline and every number that is not a figure listed.

    %period 2026-03-04          default period of the marks that follow ('-' = null)
    Brent rose {{$1.10|1.10 USD/barrel up; brent crude price}} ...
    the [[777-9]] jet ...       a listed non-figure (a name, a label, a date part)

A mark is {{SPAN|VALUE UNIT [TOKENS]; MEASURE [; PERIOD]}}. VALUE is a number (exponents allowed,
a minus sign for a negative level), LO..HI for a range, or A/B for an exact fraction. TOKENS:
up/down (kind change), share, ratio, approx, more_than, less_than, at_least, at_most, opt.
Lines starting with '%' are directives and not part of the article.

usage: build_test3.py            rewrite the .txt files and gold.jsonl from src/, then check
       build_test3.py --check-only   check the committed .txt and gold.jsonl against src/
       build_test3.py --uncovered    also list number words outside every span

Fails (exit 1) on: a digit outside every gold span, listed non-figure and bare year; an offset
where text[start:start+len(span)] != span (Python str indices, newline=''); an unknown unit or a
dimension that does not match it; fields or field order other than ANNOTATION.md's; records out
of order or overlapping; direction without kind change or the reverse; value_hi without bound
range or the reverse or below value; a negative change; a measure not in lower case; an article
that is not LF-only UTF-8, lacks headline and blank line, or has 120-300 words outside; a .txt
or gold that differs from what src/ builds. Prints counts per dimension, unit, kind and bound.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_checks  # noqa: E402  (../gold_checks.py: the checks every set runs)
import units  # noqa: E402  (../units.py)

BOUNDS = {"approx", "more_than", "less_than", "at_least", "at_most"}
MARK = re.compile(r"\{\{(.*?)\|(.*?)\}\}|\[\[(.*?)\]\]", re.S)

def num(s):
    if "/" in s:
        a, b = s.split("/")
        return float(a) / float(b)
    v = float(s)
    return int(v) if v == int(v) and abs(v) < 1e15 and "." not in s and "e-" not in s else v


def clean(v):
    return int(v) if isinstance(v, float) and v == int(v) and abs(v) < 1e15 else v


def parse_mark(doc, span, body, period):
    parts = [p.strip() for p in body.split(";")]
    if len(parts) not in (2, 3):
        raise ValueError(f"{doc}: mark {span!r}: need VALUE UNIT; MEASURE[; PERIOD]")
    head = parts[0].split()
    if len(head) < 2:
        raise ValueError(f"{doc}: mark {span!r}: need VALUE and UNIT")
    val, unit, toks = head[0], head[1], head[2:]
    rec = {"doc": doc, "span": span, "start": None}
    bound, hi = "exact", None
    if ".." in val:
        lo, hi = val.split("..")
        value, hi, bound = clean(num(lo)), clean(num(hi)), "range"
    else:
        value = clean(num(val))
    kind, direction, optional = "level", None, False
    for t in toks:
        if t in ("up", "down"):
            kind, direction = "change", t
        elif t in ("share", "ratio"):
            kind = t
        elif t in BOUNDS:
            if bound != "range":
                bound = t
        elif t == "opt":
            optional = True
        else:
            raise ValueError(f"{doc}: mark {span!r}: unknown token {t!r}")
    per = parts[2] if len(parts) == 3 else period
    rec.update(value=value, unit=unit, dimension=units.dimension(unit), bound=bound, value_hi=hi,
               kind=kind, measure=parts[1], period=None if per in ("-", "", None) else per,
               optional=optional, direction=direction)
    return rec


def build_one(path):
    doc = os.path.basename(path)[:-4]
    with open(path, encoding="utf-8", newline="") as fh:
        src = fh.read()
    if "\r" in src:
        raise ValueError(f"{path}: CR in source")
    period, lines = None, []
    text, recs, nonfig = "", [], []
    for line in src.split("\n"):
        if line.startswith("%period "):
            period = line.split(None, 1)[1].strip()
            continue
        if line.startswith("%"):
            continue
        pos = 0
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            if m.group(3) is not None:
                nonfig.append((len(text), m.group(3)))
                text += m.group(3)
            else:
                r = parse_mark(doc, m.group(1), m.group(2), period)
                r["start"] = len(text)
                recs.append(r)
                text += m.group(1)
            pos = m.end()
        rest = line[pos:]
        if "{{" in rest or "}}" in rest or "[[" in rest or "]]" in rest or "|" in rest:
            raise ValueError(f"{path}: unbalanced mark in line {line[:60]!r}")
        text += rest + "\n"
    text = text.rstrip("\n") + "\n"
    return doc, text, recs, nonfig


def load_src():
    srcdir = os.path.join(HERE, "src")
    out = []
    for name in sorted(os.listdir(srcdir)):
        if name.endswith(".ann"):
            out.append(build_one(os.path.join(srcdir, name)))
    return out


def check(built, uncovered=False):
    errs = []
    gold_path = os.path.join(HERE, "gold.jsonl")
    with open(gold_path, encoding="utf-8", newline="") as fh:
        gold_lines = [ln for ln in fh.read().split("\n") if ln]
    gold = [json.loads(ln) for ln in gold_lines]
    expect = [r for _, _, recs, _ in built for r in recs]
    if gold != expect:
        errs.append("gold.jsonl differs from what src/ builds (run build_test3.py)")
    texts, nonfigs = {}, {}
    for doc, text, _, nf in built:
        p = os.path.join(HERE, doc + ".txt")
        with open(p, "rb") as fh:
            raw = fh.read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append(f"{doc}: not UTF-8")
            continue
        if "\r" in t:
            errs.append(f"{doc}: not LF-only")
        if t != text:
            errs.append(f"{doc}.txt differs from src (run build_test3.py)")
        lines = t.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
            errs.append(f"{doc}: needs a headline line then a blank line")
        words = len(t.split())
        if not 120 <= words <= 300:
            errs.append(f"{doc}: {words} words, outside 120-300")
        texts[doc], nonfigs[doc] = t, nf
    txts = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    if txts != sorted(texts):
        errs.append(f"txt files and src differ: {sorted(set(txts) ^ set(texts))}")
    errs += gold_checks.record_problems(gold, texts, "gold.jsonl")
    # digits: inside a gold span, a listed non-figure, or a four-digit year standing alone
    # (this set counts any 19xx/20xx between word boundaries as a year)
    years = {doc: [(m.start(), m.group()) for m in re.finditer(r"\b(19|20)\d\d\b", t)]
             for doc, t in texts.items()}
    listed = {doc: list(nonfigs[doc]) + years[doc] for doc in texts}
    errs += gold_checks.coverage_problems(texts, gold, listed)
    if uncovered:
        print("\n".join(gold_checks.uncovered_words(texts, gold, nonfigs)))
    # counts
    words = sum(len(t.split()) for t in texts.values())
    req = [r for r in gold if not r["optional"]]
    opt = [r for r in gold if r["optional"]]
    print(f"{len(texts)} articles, {words} words, {len(gold)} figures: {len(req)} required, "
          f"{len(opt)} optional; {sum(len(v) for v in nonfigs.values())} listed non-figures")

    def table(name, key):
        cr, co = Counter(key(r) for r in req), Counter(key(r) for r in opt)
        print(f"by {name} (required / optional):")
        for k in sorted(set(cr) | set(co), key=lambda k: (-cr[k], -co[k], str(k))):
            print(f"  {k}: {cr[k]} / {co[k]}")

    table("dimension", lambda r: r["dimension"])
    table("kind", lambda r: r["kind"])
    table("bound", lambda r: r["bound"])
    table("unit", lambda r: r["unit"])
    for e in errs:
        print("ERROR", e)
    print("FAIL" if errs else "ok")
    return not errs


def main():
    args = sys.argv[1:]
    try:
        built = load_src()
    except ValueError as e:
        print("ERROR", e)
        return 1
    if "--check-only" not in args:
        for doc, text, _, _ in built:
            with open(os.path.join(HERE, doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8", newline="") as fh:
            for _, _, recs, _ in built:
                for r in recs:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0 if check(built, "--uncovered" in args) else 1


if __name__ == "__main__":
    sys.exit(main())
