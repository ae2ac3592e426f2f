#!/usr/bin/env python3
"""Build and check a general-news test set written in the inline mark-up (test5 and later).

Each set's `build_testN.py` is a thin caller: `main(argv, here, name)` with the set's folder and
name (`test5`). The source of truth is src/news-NAME-NNN.ann: each article with its figures
marked where they stand, in the mark-up the earlier sets use (see README.md):

  {{SPAN|VALUE UNIT [TOKENS]; MEASURE [; PERIOD]}}   one gold figure
  [[TEXT]]                                         a listed non-figure (date, name, label...)
  %period P                                        own line, dropped from the text: the
                                                   default period of the marks that follow

VALUE is a number (signed only for a negative level), LO..HI for a range, or A/B for an exact
fraction (two-thirds = 200/3, five months = 5/12 year), also at either end of a range.
TOKENS: up or down (kind change with that direction), share, ratio, a bound (approx,
more_than, less_than, at_least, at_most), opt (optional). PERIOD `-` means none.

Without flags a builder writes news-NAME-NNN.txt and gold.jsonl from src/ and checks what it
wrote, read back as a scorer reads it. --check-only writes nothing and fails when a committed file
differs from what src/ builds. The checks are the shared contract of gold_checks.py (article
files, record fields and order, offsets, units and dimensions, bounds, kinds, directions,
ranges, overlap, every digit covered by a span, a listed non-figure or a bare year) and these
sets' own: no mark-up left in a text, a number (digits or a number word) in every span, a
measure without mark-up characters. The exit status is non-zero on any problem. Counts per
dimension, unit, kind and bound are printed at the end, required and optional apart.
"""

import json
import re
import signal
import sys
from pathlib import Path

import gold_checks  # the contract of every set
import units  # the unit codes and their dimensions

USAGE = "usage: build_{name}.py [--check-only] [--uncovered]"
BOUND_TOKENS = {"approx", "more_than", "less_than", "at_least", "at_most"}
MARK = re.compile(r"\{\{(.*?)\}\}|\[\[(.*?)\]\]", re.S)
# Years as this set writes them, standing alone (wider than gold_checks.BARE_YEAR, which leaves
# out a year followed by "per"); they are neither figures nor in need of a listing.
YEAR = re.compile(r"(?<![\d.,$])(19[5-9]\d|20[0-4]\d)(?![\d.,]\d|%)")
WORD_NUMBER = re.compile(gold_checks.NUMBER_WORDS.pattern + r"|\b(?:a|an|third|fourth|fifth|sixth|"
                         r"seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|\w+fold)\b", re.I)


class SourceError(Exception):
    """A mark in src/ that cannot be read; the message names the file and the mark."""


def number(tok, where):
    def one(t):
        if "/" in t:
            num, den = t.split("/")
            return float(num) / float(den)
        return float(t)

    try:
        if ".." in tok:
            lo, hi = tok.split("..")
            return one(lo), one(hi)
        return one(tok), None
    except (ValueError, ZeroDivisionError):
        raise SourceError(f"{where}: value {tok!r} is not a number, a LO..HI range or A/B")


def tidy(v):
    """Whole numbers as ints (47000000, not 47000000.0), others as floats."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() and abs(v) < 1e18 else v


def record(doc, span, body, start, period, where):
    if "|" in span:
        raise SourceError(f"{where}: '|' inside a span")
    fields = [p.strip() for p in body.split(";")]
    if len(fields) not in (2, 3) or not fields[1]:
        raise SourceError(f"{where}: want 'VALUE UNIT [TOKENS]; MEASURE [; PERIOD]'")
    toks = fields[0].split()
    if len(toks) < 2:
        raise SourceError(f"{where}: want a value and a unit")
    value, value_hi = number(toks[0], where)
    unit = toks[1]
    try:
        dim = units.dimension(unit)
    except KeyError:
        raise SourceError(f"{where}: unknown unit {unit!r}")
    kind, direction, bound, optional = "level", None, "exact", False
    for t in toks[2:]:
        if t in ("up", "down"):
            kind, direction = "change", t
        elif t in ("share", "ratio"):
            kind = t
        elif t in BOUND_TOKENS:
            bound = t
        elif t == "opt":
            optional = True
        else:
            raise SourceError(f"{where}: unknown token {t!r}")
    if value_hi is not None:
        bound = "range"
    if len(fields) == 3:
        period = None if fields[2] == "-" else fields[2]
    return {"doc": doc, "span": span, "start": start, "value": tidy(value), "unit": unit,
            "dimension": dim, "bound": bound, "value_hi": tidy(value_hi), "kind": kind,
            "measure": fields[1], "period": period, "optional": optional,
            "direction": direction}


def build(path):
    """(doc, text, records, non-figures) of one .ann file."""
    doc = path.stem
    src = path.read_bytes().decode("utf-8")
    if "\r" in src:
        raise SourceError(f"{path.name}: CR in source")
    text, recs, nonfigs = [], [], []
    pos = 0  # length of the text built so far, in code points
    period = None
    for lineno, line in enumerate(src.split("\n"), 1):
        if line.startswith("%period "):
            period = line.split(None, 1)[1].strip()
            period = None if period == "-" else period
            continue
        last = 0
        for m in MARK.finditer(line):
            text.append(line[last:m.start()])
            pos += m.start() - last
            where = f"{path.name}:{lineno}: {m.group(0)[:60]!r}"
            if m.group(2) is not None:
                nonfigs.append((pos, m.group(2)))
                piece = m.group(2)
            else:
                span, _, body = m.group(1).partition("|")
                if not body:
                    raise SourceError(f"{where}: mark without '|'")
                recs.append(record(doc, span, body, pos, period, where))
                piece = span
            text.append(piece)
            pos += len(piece)
            last = m.end()
        text.append(line[last:] + "\n")
        pos += len(line) - last + 1
    out = "".join(text)
    while out.endswith("\n\n"):
        out = out[:-1]
    return doc, out, recs, nonfigs


def own_problems(texts, rows):
    errs = []
    for doc, t in texts.items():
        for tok in ("{{", "}}", "[[", "]]", "|"):
            if tok in t:
                errs.append(f"{doc}.txt: mark-up {tok!r} left in the text")
    for r in rows:
        sp = r["span"]
        if not re.search(r"\d", sp) and not WORD_NUMBER.search(sp):
            errs.append(f"{r['doc']}@{r['start']} {sp!r}: span without a number")
        if re.search(r"[{}\[\]|]", r["measure"]):
            errs.append(f"{r['doc']}@{r['start']} {sp!r}: mark-up in measure")
    return errs


def main(argv, here, name):
    """Build (or with --check-only, check) the set `name` in the folder `here`."""
    here = Path(here)
    prefix = f"news-{name}-"
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    unknown = [a for a in argv if a not in ("--check-only", "--uncovered")]
    if unknown:
        sys.exit(f"error: unknown argument {unknown[0]!r}\n" + USAGE.format(name=name))
    check_only = "--check-only" in argv
    built, rows = {}, []
    sources = sorted((here / "src").glob(prefix + "*.ann"))
    if not sources:
        sys.exit(f"error: no {prefix}*.ann in {here / 'src'}")
    try:
        for p in sources:
            doc, text, recs, nonfigs = build(p)
            built[doc] = (text, nonfigs)
            rows += recs
    except SourceError as e:
        sys.exit(f"error: {e}")
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    gold = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if check_only:
        diffs = [f"{d}.txt differs from src/{d}.ann" for d, (t, _) in built.items()
                 if not (here / f"{d}.txt").exists()
                 or (here / f"{d}.txt").read_bytes() != t.encode("utf-8")]
        if not (here / "gold.jsonl").exists() or \
                (here / "gold.jsonl").read_bytes() != gold.encode("utf-8"):
            diffs.append("gold.jsonl differs from src/")
        diffs += [f"{f.name} has no source" for f in sorted(here.glob(prefix + "*.txt"))
                  if f.stem not in built]
        if diffs:
            sys.exit("error:\n" + "\n".join(diffs))
    else:
        for f in here.glob(prefix + "*.txt"):
            if f.stem not in built:
                f.unlink()
        for d, (t, _) in built.items():
            (here / f"{d}.txt").write_bytes(t.encode("utf-8"))
        (here / "gold.jsonl").write_bytes(gold.encode("utf-8"))
    # read back exactly as score.py reads: str indices of the file opened with newline=''
    texts = {}
    for d in built:
        with open(here / f"{d}.txt", encoding="utf-8", newline="") as fh:
            texts[d] = fh.read()
    with open(here / "gold.jsonl", encoding="utf-8") as fh:
        disk = [json.loads(line) for line in fh if line.strip()]
    nonfigs = {d: nf for d, (_, nf) in built.items()}
    listed = {d: nonfigs[d] + [(m.start(), m.group()) for m in YEAR.finditer(t)]
              for d, t in texts.items()}
    errs = gold_checks.article_problems(texts, final_lf=True)
    errs += gold_checks.record_problems(disk, texts)
    errs += gold_checks.coverage_problems(texts, disk, listed)
    errs += own_problems(texts, disk)
    if "--uncovered" in argv:
        print("number words outside every span and listed non-figure:")
        print("\n".join(gold_checks.uncovered_words(texts, disk, nonfigs)))
    if errs:
        print("\n".join(errs))
        sys.exit(f"error: {len(errs)} problem(s)")
    gold_checks.print_counts(name, texts, disk, nonfigs)
    print("ok")
