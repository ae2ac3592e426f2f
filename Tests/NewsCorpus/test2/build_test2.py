#!/usr/bin/env python3
"""Build and check the second held-out general-news test set (test2).

usage: build_test2.py [--check-only] [--uncovered]

Reads src/news-test2-NNN.ann (one article each, figures marked inline), writes
news-test2-NNN.txt and gold.jsonl beside this script, then checks the result. --check-only skips
the rewrite and checks the committed files against the sources. --uncovered lists number words
outside every gold span, for a human to review.

Source format (the mark syntax of ../src/dev, plus non-figure marks):

    %period 2026-02-17          default period of the article's figures ('-' for none)
    Headline line
    <blank line>
    Shares rose {{2.1%|2.1 percent up; hang seng index}} on [[March 3]] ...

A figure is {{SPAN|VALUE UNIT [TOKENS]; MEASURE [; PERIOD]}}: VALUE a number, LO..HI for a range
(bound range, value_hi HI), or A/B for an exact fraction (a third = 100/3 percent); TOKENS
up/down (kind change with that direction), share, ratio, approx, more_than, less_than,
at_least, at_most, opt (optional). PERIOD overrides %period; '-' means null.
A non-figure is [[TEXT]]: TEXT is copied into the article and listed as a number that is not a
figure (a date, a name, a label, a jersey number); it never reaches gold.jsonl.

Checks (exit 1 on any problem): every digit of every article lies inside a gold span, a listed
non-figure, or a bare year (a four-digit 19xx/20xx standing alone); the fields and their order
of ANNOTATION.md; text[start:start+len(span)] == span for every record (Python str indices of
the file read as UTF-8 with newline=''); a known unit (../units.py plus the currencies below)
whose dimension matches; direction iff kind change; value_hi iff bound range and not below value;
a change stores a magnitude; lowercase measure; no overlap; order by doc then start; LF-only
UTF-8 articles, a headline line then a blank line; every article with a gold record.
Prints counts per dimension, unit, kind and bound, required and optional.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_checks  # noqa: E402  (../gold_checks.py: the checks every set runs)
import units  # noqa: E402

FIELDS = ["doc", "span", "start", "value", "unit", "dimension", "bound", "value_hi", "kind",
          "measure", "period", "optional", "direction"]
BOUNDS = {"approx", "more_than", "less_than", "at_least", "at_most"}
MARK = re.compile(r"\{\{(.*?)\}\}|\[\[(.*?)\]\]", re.S)
WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|half|third|quarter|"
    r"fifth|double[ds]?|twice|triple[ds]?|first|second)\b", re.I)


def number(tok):
    if "/" in tok:
        a, b = tok.split("/")
        v = float(a) / float(b)
    else:
        v = float(tok)
    return int(v) if v.is_integer() and abs(v) < 1e15 else v


def parse_spec(spec, where):
    parts = [p.strip() for p in spec.split(";")]
    if len(parts) not in (2, 3):
        raise SystemExit(f"{where}: want 'VALUE UNIT [TOKENS]; MEASURE [; PERIOD]', got {spec!r}")
    toks = parts[0].split()
    if len(toks) < 2:
        raise SystemExit(f"{where}: missing value or unit in {spec!r}")
    rec = {"bound": "exact", "value_hi": None, "kind": "level", "optional": False,
           "direction": None}
    try:
        if ".." in toks[0]:
            lo, hi = toks[0].split("..")
            rec["value"], rec["value_hi"], rec["bound"] = number(lo), number(hi), "range"
        else:
            rec["value"] = number(toks[0])
    except ValueError:
        raise SystemExit(f"{where}: bad value {toks[0]!r}")
    rec["unit"] = toks[1]
    try:
        rec["dimension"] = units.dimension(toks[1])
    except KeyError:
        raise SystemExit(f"{where}: unknown unit {toks[1]!r}")
    for t in toks[2:]:
        if t in ("up", "down"):
            if rec["kind"] != "level":
                raise SystemExit(f"{where}: two kinds")
            rec["kind"], rec["direction"] = "change", t
        elif t in ("share", "ratio"):
            if rec["kind"] != "level":
                raise SystemExit(f"{where}: two kinds")
            rec["kind"] = t
        elif t in BOUNDS:
            if rec["bound"] != "exact":
                raise SystemExit(f"{where}: two bounds")
            rec["bound"] = t
        elif t == "opt":
            rec["optional"] = True
        else:
            raise SystemExit(f"{where}: unknown token {t!r}")
    rec["measure"] = parts[1]
    if not rec["measure"] or rec["measure"] != rec["measure"].lower():
        raise SystemExit(f"{where}: measure must be lowercase and non-empty: {parts[1]!r}")
    rec["period"] = parts[2] if len(parts) == 3 else None
    return rec


def build(path):
    """Article text, gold records and non-figure intervals of one source file."""
    doc = os.path.basename(path)[: -len(".ann")]
    with open(path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if "\r" in raw:
        raise SystemExit(f"{path}: CR in source")
    period, body = None, []
    for line in raw.split("\n"):
        if line.startswith("%period "):
            period = line[len("%period "):].strip()
        elif not line.startswith("%"):
            body.append(line)
    src = "\n".join(body).strip("\n") + "\n"
    out, recs, nonfig, pos, n = [], [], [], 0, 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        if m.group(1) is not None:
            if "|" not in m.group(1):
                raise SystemExit(f"{path}: mark without '|': {m.group(0)!r}")
            span, spec = m.group(1).split("|", 1)
            rec = parse_spec(" ".join(spec.split()), f"{path}: {span!r}")
            if rec["period"] is None:
                rec["period"] = period
            if rec["period"] == "-":
                rec["period"] = None
            recs.append({"doc": doc, "span": span, "start": n, **rec})
        else:
            span = m.group(2)
            nonfig.append((n, n + len(span)))
        if not span.strip():
            raise SystemExit(f"{path}: empty mark {m.group(0)!r}")
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    for bad in ("{{", "}}", "[[", "]]", "|"):
        if bad in text:
            raise SystemExit(f"{path}: stray {bad!r} in article text")
    return doc, text, [{k: r[k] for k in FIELDS} for r in recs], nonfig


def check(texts, gold, nonfigs):
    """The shared contract of ../gold_checks.py (its bare year is this set's rule)."""
    listed = {doc: [(a, t[a:b]) for a, b in nonfigs.get(doc, [])] for doc, t in texts.items()}
    errs = gold_checks.article_problems(texts, words=(120, 300), final_lf=True)
    errs += gold_checks.coverage_problems(texts, gold, listed)
    errs += gold_checks.record_problems(gold, texts, "gold.jsonl")
    return errs


def main():
    args = sys.argv[1:]
    src_dir = os.path.join(HERE, "src")
    texts, gold, nonfigs = {}, [], {}
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".ann"):
            continue
        doc, text, recs, nf = build(os.path.join(src_dir, name))
        texts[doc], nonfigs[doc] = text, nf
        gold.extend(recs)
    gold.sort(key=lambda r: (r["doc"], r["start"]))
    gold_path = os.path.join(HERE, "gold.jsonl")
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold)
    if "--check-only" in args:
        errs = []
        for doc, t in texts.items():
            p = os.path.join(HERE, doc + ".txt")
            if not os.path.exists(p) or open(p, encoding="utf-8", newline="").read() != t:
                errs.append(f"{doc}.txt differs from its source")
        if open(gold_path, encoding="utf-8", newline="").read() != lines:
            errs.append("gold.jsonl differs from the sources")
        for name in os.listdir(HERE):
            if name.endswith(".txt") and name[:-4] not in texts:
                errs.append(f"{name}: no source")
    else:
        errs = []
        for name in os.listdir(HERE):
            if name.endswith(".txt") and name.startswith("news-test2-") and name[:-4] not in texts:
                os.remove(os.path.join(HERE, name))
        for doc, t in texts.items():
            with open(os.path.join(HERE, doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
                fh.write(t)
        with open(gold_path, "w", encoding="utf-8", newline="") as fh:
            fh.write(lines)
    # re-read what is on disk, as a scorer would
    disk = {}
    for doc in texts:
        with open(os.path.join(HERE, doc + ".txt"), encoding="utf-8", newline="") as fh:
            disk[doc] = fh.read()
    with open(gold_path, encoding="utf-8") as fh:
        disk_gold = [json.loads(x) for x in fh]
    errs += check(disk, disk_gold, nonfigs)
    if "--uncovered" in args:
        for r in disk_gold:
            pass
        for doc, t in sorted(disk.items()):
            ivs = [(r["start"], r["start"] + len(r["span"])) for r in disk_gold if r["doc"] == doc]
            for m in WORDS.finditer(t):
                if not any(a <= m.start() < b for a, b in ivs):
                    print(f"  word {doc}: {m.group(0)!r} in ...{t[max(0, m.start() - 35):m.end() + 35]!r}")
    for e in errs[:80]:
        print(e)
    req = [r for r in disk_gold if not r["optional"]]
    opt = [r for r in disk_gold if r["optional"]]
    words = sum(len(re.findall(r"\S+", t)) for t in disk.values())
    print(f"test2: {len(disk)} articles, {words} words, {len(disk_gold)} figures, {len(req)} "
          f"required, {len(opt)} optional, {sum(len(v) for v in nonfigs.values())} listed "
          f"non-figures; {len(errs)} problems")
    for label in ("dimension", "unit", "kind", "bound"):
        c, co = Counter(r[label] for r in req), Counter(r[label] for r in opt)
        print(f"  required by {label}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        print(f"  optional by {label}: " + ", ".join(f"{k} {v}" for k, v in co.most_common()))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
