#!/usr/bin/env python3
"""Check Tests/NewsCorpus/test/gold.jsonl against its article files and print counts.

Asserts, for every record: the span is the text at its offset (Python str index, newline=''),
the fields of ANNOTATION.md are present and typed, the unit is known and its dimension is the
one below, direction is set iff kind is change, value_hi iff bound is range; and, per document,
sorted order and no overlapping spans.
"""
import collections
import json
import pathlib
import sys

CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CNY", "HKD", "CAD", "AUD", "TWD", "SGD", "BRL", "INR",
              "KRW", "CHF", "ZAR", "MXN", "NZD"}
DIM = {c: "money" for c in CURRENCIES}
for dim, units in {
    "percent": "percent percentage_point basis_point",
    "length": "mm cm m km inch foot yard mile",
    "mass": "kg gram tonne pound_mass ounce",
    "volume": "litre gallon barrel cubic_metre cubic_foot",
    "energy": "kwh mwh gwh twh",
    "duration": "year month week day hour minute second decade",
    "count": "count",
    "other": ("mile_per_hour km_per_hour horsepower watt kw mw gw byte kb mb gb tb hz khz mhz ghz "
              "rpm degree_celsius degree_fahrenheit square_foot square_metre square_km hectare acre "
              "mile_per_gallon point index_point ppm psi bar times ordinal barrel_per_day"),
}.items():
  for u in units.split():
    DIM[u] = dim

# Denominators of a price that are not units of their own (`$1.37 per share`).
DENOMINATORS = {"share"}

FIELDS = ["doc", "span", "start", "value", "unit", "dimension", "bound", "value_hi", "kind",
          "measure", "period", "optional", "direction"]
BOUNDS = {"exact", "at_least", "at_most", "more_than", "less_than", "approx", "range"}
KINDS = {"level", "change", "share", "ratio"}


def unit_dim(u):
  if u in DIM:
    return DIM[u]
  num, _, den = u.partition("/")
  if den and num in CURRENCIES and (den in DIM or den in DENOMINATORS):
    return "other"  # a price per unit: compound code, dimension other (not a money total)
  raise ValueError(f"unknown unit {u!r}")


def check(here):
  here = pathlib.Path(here)
  rows = [json.loads(l) for l in open(here / "gold.jsonl", encoding="utf-8") if l.strip()]
  texts = {}
  for p in sorted(here.glob("news-test-*.txt")):
    raw = p.read_bytes()
    assert b"\r" not in raw, f"{p.name}: CR in file"
    texts[p.stem] = raw.decode("utf-8")
  errors = []
  prev = None
  for n, r in enumerate(rows, 1):
    where = f"gold.jsonl:{n} ({r.get('doc')} {r.get('span')!r})"
    if list(r) != FIELDS:
      errors.append(f"{where}: fields {list(r)}")
      continue
    t = texts.get(r["doc"])
    if t is None:
      errors.append(f"{where}: no article file")
      continue
    if t[r["start"]:r["start"] + len(r["span"])] != r["span"]:
      errors.append(f"{where}: span not at start {r['start']}")
    try:
      if unit_dim(r["unit"]) != r["dimension"]:
        errors.append(f"{where}: dimension {r['dimension']} for unit {r['unit']}")
    except ValueError as e:
      errors.append(f"{where}: {e}")
    if r["bound"] not in BOUNDS or r["kind"] not in KINDS:
      errors.append(f"{where}: bound/kind")
    if (r["kind"] == "change") != (r["direction"] in ("up", "down")):
      errors.append(f"{where}: direction {r['direction']} with kind {r['kind']}")
    if (r["bound"] == "range") != (r["value_hi"] is not None):
      errors.append(f"{where}: value_hi {r['value_hi']} with bound {r['bound']}")
    if not isinstance(r["value"], (int, float)) or not isinstance(r["optional"], bool):
      errors.append(f"{where}: value/optional type")
    if not r["measure"]:
      errors.append(f"{where}: empty measure")
    if prev and prev["doc"] == r["doc"]:
      if r["start"] < prev["start"]:
        errors.append(f"{where}: not sorted")
      if r["start"] < prev["start"] + len(prev["span"]):
        errors.append(f"{where}: overlaps {prev['span']!r}")
    elif prev and r["doc"] < prev["doc"]:
      errors.append(f"{where}: docs not sorted")
    prev = r
  missing = set(texts) - {r["doc"] for r in rows}
  if missing:
    errors.append(f"articles without figures: {sorted(missing)}")
  if errors:
    print("\n".join(errors))
    sys.exit(1)
  req = [r for r in rows if not r["optional"]]
  print(f"ok: {len(texts)} articles, {len(rows)} figures, {len(req)} required, "
        f"{len(rows) - len(req)} optional")
  for title, key in (("dimension", "dimension"), ("unit", "unit"), ("kind", "kind"),
                     ("bound", "bound")):
    c = collections.Counter(r[key] for r in req)
    co = collections.Counter(r[key] for r in rows if r["optional"])
    print(f"by {title} (required, +optional):")
    for k in sorted(set(c) | set(co), key=lambda k: (-c[k], k)):
      print(f"  {k:22s} {c[k]:4d} +{co[k]}")
  return rows


if __name__ == "__main__":
  check(pathlib.Path(__file__).resolve().parent)
