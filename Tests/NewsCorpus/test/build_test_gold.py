#!/usr/bin/env python3
"""Build the held-out general-news test set: news-test-NNN.txt and gold.jsonl.

The articles and their figures live in tables/batch_*.py (one ART(...) per article, figures
listed in text order). Running this script rewrites every article file and gold.jsonl, then
checks them (see check_test_gold.py). Edit the tables, never the JSONL by hand.

Each figure is found at its first word-bounded occurrence after the previous figure (or inside
the `at` context string when one is given). Every digit in an article must be covered by a
gold span, by a listed non-figure (`nf`), or be a bare year; otherwise the build fails, so no
figure is forgotten silently.
"""
import importlib.util
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check_test_gold import DIM, check  # noqa: E402

ARTICLES = []


class Fig:
  def __init__(self, span, value, unit, kind="level", m="", p=None, b="exact", hi=None,
               opt=False, at=None):
    direction = None
    if kind in ("up", "down"):
      direction, kind = kind, "change"
    if hi is not None:
      b = "range"
    self.span, self.value, self.unit, self.kind, self.direction = span, value, unit, kind, direction
    self.measure, self.period, self.bound, self.value_hi = m, p, b, hi
    self.optional, self.at = opt, at


def F(*a, **k):
  return Fig(*a, **k)


def ART(num, text, figs, nf=()):
  ARTICLES.append((num, text, figs, list(nf)))


def bounded(text, i, n):
  before = text[i - 1] if i > 0 else " "
  if before.isalnum():
    return False
  if before in ".," and i > 1 and text[i - 2].isdigit():
    return False
  j = i + n
  after = text[j] if j < len(text) else " "
  if after.isalnum():
    return False
  if after in ".," and j + 1 < len(text) and text[j + 1].isdigit():
    return False
  return True


def locate(text, f, cursor, doc):
  if f.at is not None:
    c = text.find(f.at, cursor)
    if c < 0:
      sys.exit(f"{doc}: context {f.at!r} not found after {cursor}")
    k = f.at.find(f.span)
    while k >= 0 and not bounded(text, c + k, len(f.span)):
      k = f.at.find(f.span, k + 1)
    if k < 0:
      sys.exit(f"{doc}: span {f.span!r} not inside context {f.at!r}")
    return c + k
  i = text.find(f.span, cursor)
  while i >= 0 and not bounded(text, i, len(f.span)):
    i = text.find(f.span, i + 1)
  if i < 0:
    sys.exit(f"{doc}: span {f.span!r} not found after offset {cursor}")
  return i


YEAR = re.compile(r"(?<![\d.,$£€¥])(?:19[5-9]\d|20[0-4]\d)(?![\d%])")


WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|thousand|dozens?|half|halve[ds]?|thirds?|quarters?|fifths?|twice|double[ds]?|"
    r"tripled?|\w+fold)\b", re.I)


def build():
  for path in sorted((HERE / "tables").glob("batch_*.py")):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    mod.F, mod.ART = F, ART
    spec.loader.exec_module(mod)
  records, seen = [], set()
  for num, text, figs, nf in ARTICLES:
    doc = f"news-test-{num:03d}"
    if doc in seen:
      sys.exit(f"duplicate article {doc}")
    seen.add(doc)
    text = text.strip("\n") + "\n"
    (HERE / f"{doc}.txt").write_text(text, encoding="utf-8", newline="")
    covered = [False] * len(text)
    cursor = 0
    for f in figs:
      s = locate(text, f, cursor, doc)
      cursor = s + len(f.span)
      for k in range(s, cursor):
        covered[k] = True
      if f.unit not in DIM and "/" not in f.unit:
        sys.exit(f"{doc}: unknown unit {f.unit!r}")
      dim = DIM.get(f.unit, "other")
      records.append(dict(doc=doc, span=f.span, start=s, value=f.value, unit=f.unit, dimension=dim,
                          bound=f.bound, value_hi=f.value_hi, kind=f.kind, measure=f.measure,
                          period=f.period, optional=f.optional, direction=f.direction))
    for s in nf:
      i = text.find(s)
      if i < 0:
        sys.exit(f"{doc}: non-figure {s!r} not in text")
      while i >= 0:
        for k in range(i, i + len(s)):
          covered[k] = True
        i = text.find(s, i + 1)
    for m in YEAR.finditer(text):
      for k in range(m.start(), m.end()):
        covered[k] = True
    for m in re.finditer(r"\d+", text):
      if not all(covered[m.start():m.end()]):
        line = text[max(0, m.start() - 40):m.end() + 20].replace("\n", " ")
        sys.exit(f"{doc}: digits {m.group()!r} at {m.start()} neither gold nor non-figure: ...{line}...")
    for m in WORDS.finditer(text):
      if not all(covered[m.start():m.end()]):
        line = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
        print(f"review {doc}: number word {m.group()!r} not annotated: ...{line}...")
  records.sort(key=lambda r: (r["doc"], r["start"]))
  with open(HERE / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
    for r in records:
      fh.write(json.dumps(r, ensure_ascii=False) + "\n")
  check(HERE)


if __name__ == "__main__":
  build()
