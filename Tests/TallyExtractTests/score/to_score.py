#!/usr/bin/env python3
"""Convert `tally extract --format jsonl` output to score.py predictions, and score it.

usage:
  to_score.py TALLY.jsonl > PRED.jsonl                      # convert only
  to_score.py TALLY.jsonl --gold GOLD.jsonl [--scorer score.py] [--errors OUT.tsv]

Conversion: text -> span, valueHigh -> value_hi, change -> direction; other keys kept.
With --gold it runs score.py's levels and adds:
  (c~) value+unit with the currency part of a compound accepted: a price per unit
       (`USD/barrel`) matches a gold `USD` and the other way round; everything else as (c).
       (c) is the strict figure to quote; (c~) shows how much of the gap is denominators.
  (d)  value+change: a value match (b) whose change direction (up/down/none) agrees with
       the gold `direction`.
"""
import argparse, importlib.util, json, os, sys


def convert(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            out.append({"doc": r["doc"], "start": r["start"], "span": r["text"], "value": r["value"],
                        "value_hi": r.get("valueHigh"), "unit": r["unit"], "dimension": r.get("dimension"),
                        "direction": r.get("change"), "bound": r.get("bound"), "kind": r.get("kind")})
    return out


def count(sc, ps, gold, gdocs, ok, errors):
    """tp, fp, fn of a one-to-one matching under `ok`, with score.py's optional-figure rules."""
    tp = fp = fn = 0
    for doc in sorted(gdocs):
        dp = [p for p in ps if p["doc"] == doc]
        dg = [g for g in gold if g["doc"] == doc]
        pm, gm = sc.match(dp, dg, ok)
        for i, p in enumerate(dp):
            if i in pm:
                tp += 0 if dg[pm[i]].get("optional") else 1
            elif not any(g.get("optional") and sc.overlap(sc.interval(p), sc.interval(g)) for g in dg):
                fp += 1
                if errors is not None:
                    errors.append(("FP", doc, p["start"], p["span"], p["value"], p.get("direction")))
        for j, g in enumerate(dg):
            if j not in gm and not g.get("optional"):
                fn += 1
                if errors is not None:
                    errors.append(("FN", doc, g["start"], g["span"], g["value"], g.get("direction")))
    return tp, fp, fn


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_scorer = os.path.normpath(os.path.join(here, "../../../../shared/corpus/score.py"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred")
    ap.add_argument("--gold")
    ap.add_argument("--scorer", default=os.environ.get("TALLY_SCORER", default_scorer))
    ap.add_argument("--errors")
    a = ap.parse_args()
    preds = convert(a.pred)
    if not a.gold:
        for p in preds:
            print(json.dumps(p, ensure_ascii=False))
        return
    spec = importlib.util.spec_from_file_location("score", a.scorer)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    gold = sc.load(a.gold)
    result, errors, _ = sc.score(preds, gold)
    gdocs = {g["doc"] for g in gold}
    ps = [p for p in preds if p["doc"] in gdocs]
    chg_errors = []
    change_ok = lambda p, g: sc.value_ok(p, g, False) and (p.get("direction") or None) == (g.get("direction") or None)
    tp, fp, fn = count(sc, ps, gold, gdocs, change_ok, chg_errors)
    def currency_part(u):
        u = sc.norm_unit(u)
        head = u.split("/", 1)[0]
        return head.upper() if "/" in u and head.upper() in sc.CURRENCIES else u
    lenient = lambda p, g: sc.value_ok(p, g, False) and currency_part(p.get("unit")) == currency_part(g["unit"])
    ltp, lfp, lfn = count(sc, ps, gold, gdocs, lenient, None)
    names = {"a_span": "(a) span", "b_span_value": "(b) value", "c_span_value_unit": "(c) value+unit"}
    for lvl, rows in result.items():
        m = rows["ALL"]
        print(f"{names[lvl]:16s} P {m['p']:.3f} R {m['r']:.3f} F1 {m['f1']:.3f}  tp {m['tp']} fp {m['fp']} fn {m['fn']}")
    p, r, f = sc.prf(ltp, lfp, lfn)
    print(f"{'(c~) unit, cur.':16s} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {ltp} fp {lfp} fn {lfn}")
    p, r, f = sc.prf(tp, fp, fn)
    print(f"{'(d) value+change':16s} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {tp} fp {fp} fn {fn}")
    if a.errors:
        with open(a.errors, "w", encoding="utf-8") as fh:
            for e in errors:
                fh.write("\t".join(str(x).replace("\n", "\\n") for x in e) + "\n")
            for e in chg_errors:
                fh.write("d_change\t" + "\t".join(str(x).replace("\n", "\\n") for x in e) + "\n")


if __name__ == "__main__":
    main()
