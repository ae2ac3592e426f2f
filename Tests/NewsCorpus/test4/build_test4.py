#!/usr/bin/env python3
"""Build and check the fourth held-out general-news test set (test4, issue 12).

usage: build_test4.py [--check-only] [--uncovered]

Source of truth: src/news-test4-NNN.ann, each an article with its figures marked inline:
  {{SPAN|VALUE UNIT [TOKENS]; MEASURE [; PERIOD]}}   a gold figure
  [[TEXT]]                                         a listed non-figure (date, name, label)
  %period P                                        (own line, not in the text) default period
VALUE is a number (signed for negative levels), LO..HI for a range, or A/B for an exact
fraction. TOKENS: up/down (kind change), share, ratio, a bound (approx, more_than, less_than,
at_least, at_most), opt (optional). PERIOD '-' means none.

The build rewrites news-test4-NNN.txt and gold.jsonl, then checks them; --check-only checks that
the committed files are exactly what src/ builds. The check fails on: a digit outside every gold
span, listed non-figure and bare year; an offset whose text is not its span; an unknown unit or a
dimension that does not match it; direction without change (or the reverse); value_hi without
range (or the reverse, or below value); a measure not in lower case; overlapping spans; records
out of order; an article not LF-only UTF-8, without headline and blank line, outside 120-300
words, or without a gold record. It prints counts per dimension, kind, bound and unit.
"""
import json
import re
import signal
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_checks  # noqa: E402  (../gold_checks.py: the checks every set runs)
import units  # noqa: E402  (../units.py: every code this set uses, its 15 extra currencies too)

BOUNDS = {"approx", "more_than", "less_than", "at_least", "at_most"}
MARK = re.compile(r"\{\{(.*?)\}\}|\[\[(.*?)\]\]", re.S)
YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d.,]\d)")
NUMWORDS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"dozen|dozens|hundreds|thousands|half|third|quarter|twice|double|"
                      r"triple|tripled|doubled)\b", re.I)


class Bad(Exception):
    pass


def parse_value(tok):
    if ".." in tok:
        lo, hi = tok.split("..")
        return float(lo), float(hi)
    if "/" in tok:
        a, b = tok.split("/")
        return float(a) / float(b), None
    return float(tok), None


def clean(v):
    return int(v) if v is not None and float(v).is_integer() and abs(v) < 1e18 else v


def build_doc(path):
    doc = path.stem
    raw = path.read_text(encoding="utf-8")
    # a %period line becomes a NUL-prefixed marker, dropped from the text with its newline
    lines = []
    for line in raw.split("\n"):
        if line.startswith("%period "):
            lines.append("\x00" + line.split(None, 1)[1].strip())
        else:
            lines.append(line)
    marked = "\n".join(lines)
    out, recs, nonfig = [], [], []
    cur_period = None
    text_len = 0
    segs = re.split(r"(\x00[^\n]*\n?)", marked)
    for seg in segs:
        if seg.startswith("\x00"):
            cur_period = seg[1:].strip()
            continue
        last = 0
        for m in MARK.finditer(seg):
            out.append(seg[last:m.start()])
            text_len += m.start() - last
            if m.group(2) is not None:
                nonfig.append((text_len, m.group(2)))
                out.append(m.group(2))
                text_len += len(m.group(2))
            else:
                body = m.group(1)
                if "|" not in body:
                    raise Bad(f"{doc}: mark without '|': {body!r}")
                span, ann = body.split("|", 1)
                parts = [p.strip() for p in ann.split(";")]
                if len(parts) < 2:
                    raise Bad(f"{doc}: mark without measure: {body!r}")
                toks = parts[0].split()
                value, value_hi = parse_value(toks[0])
                unit = toks[1]
                flags = toks[2:]
                per = parts[2] if len(parts) > 2 else cur_period
                if per == "-":
                    per = None
                kind = "level"
                direction = None
                bound = "exact"
                optional = False
                for f in flags:
                    if f in ("up", "down"):
                        kind, direction = "change", f
                    elif f in ("share", "ratio"):
                        kind = f
                    elif f in BOUNDS:
                        bound = f
                    elif f == "opt":
                        optional = True
                    else:
                        raise Bad(f"{doc}: unknown token {f!r} in {body!r}")
                if value_hi is not None:
                    bound = "range"
                try:
                    dim = units.dimension(unit)
                except KeyError:
                    raise Bad(f"{doc}: unknown unit {unit!r} in {body!r}")
                recs.append({"doc": doc, "span": span, "start": text_len, "value": clean(value),
                             "unit": unit, "dimension": dim, "bound": bound,
                             "value_hi": clean(value_hi), "kind": kind, "measure": parts[1],
                             "period": per, "optional": optional, "direction": direction})
                out.append(span)
                text_len += len(span)
            last = m.end()
        out.append(seg[last:])
        text_len += len(seg) - last
    text = "".join(out)
    if not text.endswith("\n"):
        text += "\n"
    return doc, text, recs, nonfig


def check(docs, gold_rows, uncovered=False):
    """Problems of the built set: the contract every set meets (../gold_checks.py: article
    files, record fields and offsets, units, bounds, kinds, order and overlap, digit coverage),
    then this set's own: no mark-up left in a text, a number in every span, and years counted
    as this set counts them (any 1950-2049 standing alone, wider than gold_checks.BARE_YEAR)."""
    texts = {doc: text for doc, (text, _) in docs.items()}
    nonfigs = {doc: list(nf) for doc, (_, nf) in docs.items()}
    errs = gold_checks.article_problems(texts, final_lf=True)
    errs += gold_checks.record_problems(gold_rows, texts)
    for doc, text in texts.items():
        for tok in ("{{", "}}", "[[", "]]", "\x00"):
            if tok in text:
                errs.append(f"{doc}: markup {tok!r} left in text")
    for r in gold_rows:
        sp = r["span"]
        if not any(ch.isdigit() for ch in sp) and not NUMWORDS.search(sp) and \
                not re.search(r"[a-z]", sp, re.I):
            errs.append(f"{r['doc']}@{r['start']}: span has no number")
    listed = {doc: nonfigs[doc] + [(m.start(), m.group()) for m in YEAR.finditer(t)]
              for doc, t in texts.items()}
    errs += gold_checks.coverage_problems(texts, gold_rows, listed)
    if uncovered:
        print("\n".join(gold_checks.uncovered_words(texts, gold_rows, nonfigs)))
    return errs


def main(argv):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    check_only = "--check-only" in argv
    uncovered = "--uncovered" in argv
    docs, rows = {}, []
    try:
        for p in sorted((HERE / "src").glob("news-test4-*.ann")):
            doc, text, recs, nonfig = build_doc(p)
            docs[doc] = (text, nonfig)
            rows.extend(recs)
    except Bad as e:
        sys.exit(f"error: {e}")
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    gold_text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if check_only:
        diffs = []
        for doc, (text, _) in docs.items():
            f = HERE / f"{doc}.txt"
            if not f.exists() or f.read_bytes().decode("utf-8") != text:
                diffs.append(f"{doc}.txt differs from src")
        g = HERE / "gold.jsonl"
        if not g.exists() or g.read_text(encoding="utf-8") != gold_text:
            diffs.append("gold.jsonl differs from src")
        extra = {f.stem for f in HERE.glob("news-test4-*.txt")} - set(docs)
        diffs += [f"{d}.txt has no source" for d in sorted(extra)]
        if diffs:
            sys.exit("error:\n" + "\n".join(diffs))
    else:
        for doc, (text, _) in docs.items():
            (HERE / f"{doc}.txt").write_bytes(text.encode("utf-8"))
        (HERE / "gold.jsonl").write_bytes(gold_text.encode("utf-8"))
    # re-read what is on disk exactly as a scorer would
    disk = {}
    for doc in docs:
        with open(HERE / f"{doc}.txt", encoding="utf-8", newline="") as fh:
            disk[doc] = (fh.read(), docs[doc][1])
    with open(HERE / "gold.jsonl", encoding="utf-8") as fh:
        disk_rows = [json.loads(l) for l in fh if l.strip()]
    errs = check(disk, disk_rows, uncovered)
    if errs:
        print("\n".join(errs))
        sys.exit(f"error: {len(errs)} problem(s)")
    gold_checks.print_counts("test4", {d: t for d, (t, _) in disk.items()}, disk_rows,
                             {d: nf for d, (_, nf) in disk.items()})
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1:])
