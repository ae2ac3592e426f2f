#!/usr/bin/env python3
"""Check Tests/NewsCorpus/test/gold.jsonl against its article files and print counts.

Runs the contract every general-news set shares (../gold_checks.py: fields, offsets, units,
bounds, kinds, direction, value_hi, order, overlap) with this set's unit table below, which
files a price per unit (USD/barrel) under dimension `other`; the later sets file it under `money`.
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import gold_checks  # noqa: E402  (../gold_checks.py: the checks every set runs)

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

def unit_dim(u):
  if u in DIM:
    return DIM[u]
  num, _, den = u.partition("/")
  if den and num in CURRENCIES and (den in DIM or den in DENOMINATORS):
    return "other"  # a price per unit: compound code, dimension other (not a money total)
  raise ValueError(f"unknown unit {u!r}")


def check(here):
  """Check the set against the shared contract (../gold_checks.py) with this set's units."""
  here = pathlib.Path(here)
  rows = [json.loads(l) for l in open(here / "gold.jsonl", encoding="utf-8") if l.strip()]
  texts = {p.stem: p.read_bytes().decode("utf-8") for p in sorted(here.glob("news-test-*.txt"))}
  errors = gold_checks.article_problems(texts, words=None)
  errors += gold_checks.record_problems(rows, texts, "gold.jsonl", unit_dim)
  if errors:
    print("\n".join(errors))
    sys.exit(1)
  gold_checks.print_counts("ok", texts, rows)
  return rows


if __name__ == "__main__":
  check(pathlib.Path(__file__).resolve().parent)
