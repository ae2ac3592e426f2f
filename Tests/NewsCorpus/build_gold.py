#!/usr/bin/env python3
"""Build a general-news gold set from its annotated sources.

usage: build_gold.py SET        (SET = dev; reads src/SET/*.ann, writes SET/*.txt, SET/gold.jsonl)

Each source file is one article with its figures marked inline, so that an offset can never drift:

    %period 2025-11            default period of the article's figures (or '-' for none)
    Headline line
    <blank line>
    Brent rose {{1.2%|1.2 percent up; brent crude price}} to {{$84.10 a barrel|84.1 USD/barrel;
    brent crude price}} ...

A mark is {{SPAN|VALUE UNIT [TOKENS]; MEASURE [; PERIOD]}}; SPAN is copied into the article text.
VALUE is a number (4.2e9, -12, 0.5, 200/3) or LO..HI for a range (bound range, value_hi HI). TOKENS:
up/down (kind change, direction), share, ratio, approx, more_than, less_than, at_least, at_most,
opt (optional). PERIOD overrides %period; '-' means null. Lines starting with '%' are not text.
The article keeps the source's line breaks; paragraphs are separated by one blank line.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from units import dimension  # noqa: E402

MARK = re.compile(r"\{\{(.*?)\}\}", re.S)
BOUNDS = {"approx", "more_than", "less_than", "at_least", "at_most"}
KINDS = {"share", "ratio", "level"}


def number(tok):
    if "/" in tok:  # an exact fraction: two-thirds = 200/3 percent
        a, b = tok.split("/")
        v = float(a) / float(b)
    else:
        v = float(tok)
    return int(v) if v.is_integer() and abs(v) < 1e15 else v


def parse_spec(spec, where):
    parts = [p.strip() for p in spec.split(";")]
    if len(parts) < 2 or len(parts) > 3:
        raise SystemExit(f"{where}: want 'VALUE UNIT [TOKENS]; MEASURE [; PERIOD]', got {spec!r}")
    toks = parts[0].split()
    if len(toks) < 2:
        raise SystemExit(f"{where}: missing value or unit in {spec!r}")
    rec = {"bound": "exact", "value_hi": None, "kind": "level", "optional": False, "direction": None}
    if ".." in toks[0]:
        lo, hi = toks[0].split("..")
        rec["value"], rec["value_hi"], rec["bound"] = number(lo), number(hi), "range"
    else:
        rec["value"] = number(toks[0])
    rec["unit"] = toks[1]
    try:
        rec["dimension"] = dimension(toks[1])
    except KeyError:
        raise SystemExit(f"{where}: unknown unit {toks[1]!r}")
    for t in toks[2:]:
        if t in ("up", "down"):
            rec["kind"], rec["direction"] = "change", t
        elif t in KINDS:
            rec["kind"] = t
        elif t in BOUNDS:
            if rec["bound"] == "range":
                raise SystemExit(f"{where}: a range takes no other bound")
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
    doc = os.path.basename(path)[: -len(".ann")]
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    period = None
    body = []
    for line in lines:
        if line.startswith("%period "):
            period = line[len("%period "):].strip()
        elif not line.startswith("%"):
            body.append(line)
    src = "\n".join(body).strip("\n") + "\n"
    if "\r" in src:
        raise SystemExit(f"{path}: CR in source")
    text, recs, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        if "|" not in m.group(1):
            raise SystemExit(f"{path}: mark without '|': {m.group(0)!r}")
        span, spec = m.group(1).split("|", 1)
        where = f"{path}: {span!r}"
        rec = parse_spec(" ".join(spec.split()), where)
        if rec["period"] is None:
            rec["period"] = period
        if rec["period"] == "-":
            rec["period"] = None
        recs.append({"doc": doc, "span": span, "start": out_len, **rec})
        text.append(span)
        out_len += len(span)
        pos = m.end()
    text.append(src[pos:])
    text = "".join(text)
    if "{{" in text or "}}" in text:
        raise SystemExit(f"{path}: unbalanced mark")
    order = ["doc", "span", "start", "value", "unit", "dimension", "bound", "value_hi", "kind",
             "measure", "period", "optional", "direction"]
    return doc, text, [{k: r[k] for k in order} for r in recs]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    src_dir, out_dir = os.path.join(here, "src", sys.argv[1]), os.path.join(here, sys.argv[1])
    os.makedirs(out_dir, exist_ok=True)
    gold = []
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".ann"):
            continue
        doc, text, recs = build(os.path.join(src_dir, name))
        with open(os.path.join(out_dir, doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        gold.extend(recs)
    gold.sort(key=lambda r: (r["doc"], r["start"]))
    with open(os.path.join(out_dir, "gold.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for r in gold:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(not r["optional"] for r in gold)
    print(f"{sys.argv[1]}: {len({r['doc'] for r in gold})} docs, {len(gold)} figures "
          f"({req} required, {len(gold) - req} optional)")


if __name__ == "__main__":
    main()
