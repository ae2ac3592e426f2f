"""Checks shared by every general-news gold set (dev, test, test2, test3, ...).

Each set has its own builder (the sets were written blind, each by a different hand, from
sources in different mark-up), but what a finished set must satisfy is one contract, written
here once and imported by `check_gold.py` and by the builders:

- `article_problems`: LF-only UTF-8 files, a headline line then a blank line, a word range;
- `record_problems`: the ANNOTATION.md fields in order, `text[start:start+len(span)] == span`
  (Python str indices of the file read with newline=''), a known unit whose dimension matches,
  a known bound and kind, direction iff kind change, value_hi iff bound range and not below
  value, a change stored as a magnitude, a lower-case measure, order by doc then start, no
  overlap, every article with a record;
- `coverage_problems`: every digit inside a gold span, a listed non-figure or a bare year;
- `print_counts`: required and optional figures per dimension, unit, kind and bound.

Every function returns a list of problems (strings naming the file and line or record); none
exits, so a builder can add checks of its own and report them all together.
"""
import re
from collections import Counter

import units

FIELDS = ["doc", "span", "start", "value", "unit", "dimension", "bound", "value_hi", "kind",
          "measure", "period", "optional", "direction"]
BOUNDS = {"exact", "at_least", "at_most", "more_than", "less_than", "approx", "range"}
KINDS = {"level", "change", "share", "ratio"}

# A four-digit year standing alone (not "2025%", "2,025", "2025-26", "2025 per ...").
BARE_YEAR = re.compile(r"(?<![\d.,/\-])(?:19|20)\d\d(?![\d.,/%\-]|\s*(?:per|bn|m\b))")
DIGIT = re.compile(r"\d")
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds?|thousands?|millions?|billion|dozens?|half|thirds?|quarters?|"
    r"fifth|double[ds]?|twice|triple[ds]?|first|second|single)\b", re.I)


def article_problems(texts, words=(120, 300), final_lf=False):
    """Problems of the article files themselves: `texts` maps doc -> file text."""
    errs = []
    for doc, t in texts.items():
        if "\r" in t:
            errs.append(f"{doc}.txt: CR line ending")
        lines = t.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
            errs.append(f"{doc}.txt: want a headline line, then a blank line")
        if final_lf and not t.endswith("\n"):
            errs.append(f"{doc}.txt: no final line feed")
        if words is not None:
            n = len(t.split())
            if not words[0] <= n <= words[1]:
                errs.append(f"{doc}.txt: {n} words, outside {words[0]}-{words[1]}")
    return errs


def record_problems(gold, texts, where="gold.jsonl", dimension=units.dimension):
    """Problems of the records of `gold` (a list of dicts in file order) against `texts`.

    `dimension` maps a unit code to its dimension and raises KeyError (or ValueError) for a
    code outside the vocabulary; the first test set files compound prices under `other`, the
    later sets under `money`, so a set may pass its own.
    """
    errs = []
    prev = None
    for n, r in enumerate(gold, 1):
        at = f"{where}:{n} ({r.get('doc')} {r.get('span')!r})"
        if list(r) != FIELDS:
            errs.append(f"{at}: fields {list(r)} != {FIELDS}")
            continue
        t = texts.get(r["doc"])
        if t is None:
            errs.append(f"{at}: no article {r['doc']}.txt")
            continue
        s = r["start"]
        if not r["span"] or not isinstance(s, int) or t[s:s + len(r["span"])] != r["span"]:
            errs.append(f"{at}: span not at {s} (found {t[s:s + len(r['span'])]!r})")
        if r["span"] != r["span"].strip():
            errs.append(f"{at}: span has outer whitespace")
        try:
            dim = dimension(r["unit"])
            if dim != r["dimension"]:
                errs.append(f"{at}: dimension {r['dimension']} != {dim} for {r['unit']}")
        except (KeyError, ValueError):
            errs.append(f"{at}: unknown unit {r['unit']!r}")
        if r["bound"] not in BOUNDS:
            errs.append(f"{at}: bound {r['bound']!r}")
        if r["kind"] not in KINDS:
            errs.append(f"{at}: kind {r['kind']!r}")
        if r["direction"] not in (None, "up", "down"):
            errs.append(f"{at}: direction {r['direction']!r}")
        elif (r["kind"] == "change") != (r["direction"] is not None):
            errs.append(f"{at}: direction {r['direction']!r} with kind {r['kind']}")
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
            errs.append(f"{at}: value {r['value']!r}")
        else:
            if (r["bound"] == "range") != (r["value_hi"] is not None):
                errs.append(f"{at}: value_hi {r['value_hi']!r} with bound {r['bound']}")
            if r["value_hi"] is not None and r["value_hi"] < r["value"]:
                errs.append(f"{at}: value_hi below value")
            if r["kind"] == "change" and r["value"] < 0:
                errs.append(f"{at}: a change stores its magnitude")
        if not r["measure"] or r["measure"] != r["measure"].lower():
            errs.append(f"{at}: measure {r['measure']!r}")
        if not isinstance(r["optional"], bool):
            errs.append(f"{at}: optional {r['optional']!r}")
        if prev is not None:
            if (prev["doc"], prev["start"]) >= (r["doc"], r["start"]):
                errs.append(f"{at}: not sorted after {prev['doc']}@{prev['start']}")
            elif prev["doc"] == r["doc"] and prev["start"] + len(prev["span"]) > r["start"]:
                errs.append(f"{at}: overlaps {prev['span']!r}")
        prev = r
    for doc in sorted(set(texts) - {r.get("doc") for r in gold}):
        errs.append(f"{doc}.txt: no gold record")
    return errs


def coverage_problems(texts, gold, nonfigs=None):
    """Digits outside every gold span, listed non-figure (doc -> [(start, text)]) and bare year."""
    nonfigs = nonfigs or {}
    spans = {}
    for r in gold:
        spans.setdefault(r["doc"], []).append((r["start"], r["start"] + len(r["span"])))
    errs = []
    for doc, t in texts.items():
        ivs = spans.get(doc, []) + [(s, s + len(x)) for s, x in nonfigs.get(doc, [])]
        ivs += [(m.start(), m.end()) for m in BARE_YEAR.finditer(t)]
        for m in DIGIT.finditer(t):
            i = m.start()
            if not any(a <= i < b for a, b in ivs):
                line = t.count("\n", 0, i) + 1
                ctx = t[max(0, i - 30):i + 30].replace("\n", " ")
                errs.append(f"{doc}.txt:{line}: digit outside every span: ...{ctx}...")
    return errs


def uncovered_words(texts, gold, nonfigs=None):
    """Number words outside every span, as lines for a human to review (not problems)."""
    nonfigs = nonfigs or {}
    out = []
    for doc, t in sorted(texts.items()):
        ivs = [(r["start"], r["start"] + len(r["span"])) for r in gold if r["doc"] == doc]
        ivs += [(s, s + len(x)) for s, x in nonfigs.get(doc, [])]
        for m in NUMBER_WORDS.finditer(t):
            if not any(a <= m.start() < b for a, b in ivs):
                line = t.count("\n", 0, m.start()) + 1
                ctx = t[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                out.append(f"  {doc}:{line}: {m.group(0)!r} in ...{ctx}...")
    return out


def print_counts(name, texts, gold, nonfigs=None):
    """One summary line, then required / optional counts per dimension, unit, kind and bound."""
    req = [r for r in gold if not r["optional"]]
    opt = [r for r in gold if r["optional"]]
    words = sum(len(t.split()) for t in texts.values())
    listed = sum(len(v) for v in (nonfigs or {}).values())
    print(f"{name}: {len(texts)} articles, {words} words, {len(gold)} figures: {len(req)} "
          f"required, {len(opt)} optional; {listed} listed non-figures")
    for label in ("dimension", "unit", "kind", "bound"):
        c, co = Counter(r[label] for r in req), Counter(r[label] for r in opt)
        print(f"  by {label} (required / optional): " + ", ".join(
            f"{k} {c[k]}/{co[k]}" for k in sorted(set(c) | set(co), key=lambda k: (-c[k], -co[k], str(k)))))
