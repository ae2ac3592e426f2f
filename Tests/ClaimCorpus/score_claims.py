#!/usr/bin/env python3
"""Score `tally report ... --format json` against the hand-checked claims in claims.jsonl.

Usage (from the repository root):

    python3 Tests/ClaimCorpus/score_claims.py              # runs swift run tally report ...
    python3 Tests/ClaimCorpus/score_claims.py --input OUT.json
    python3 Tests/ClaimCorpus/score_claims.py --input OUT.json --min 0.95 --show-errors

Each gold claim names its figure by (doc, text, occurrence): the n-th occurrence of `text`, as a
whole token, in the article body (after the front matter). The scorer finds that place in the
article and looks for a predicted claim of the same document whose span overlaps it and whose
text contains, or is contained in, the gold text (so "more than $61.5bn" or "61.5bn" match
"$61.5bn"). When the predicted offsets cannot be anchored in the file (neither as offsets into
the whole file nor into the body), it falls back to order: the n-th prediction, by `start`,
whose text contains or is contained in the gold text. A gold claim with no prediction counts as
predicted "unchecked".

Exit status: 0 when accuracy >= --min and no claim with truth "false" is predicted
"consistent"; 1 otherwise; 2 on bad input.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

VERDICTS = ["consistent", "inconsistent", "needs review", "unverifiable", "unchecked"]
HERE = os.path.dirname(os.path.abspath(__file__))


def fail(message):
    print(f"score_claims: {message}", file=sys.stderr)
    sys.exit(2)


def load_gold(path):
    gold = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                fail(f"{path}:{n}:{e.colno}: {e.msg}")
            for key in ("doc", "text", "occurrence", "verdict", "cause", "truth"):
                if key not in c:
                    fail(f"{path}:{n}: missing key '{key}'")
            if c["verdict"] not in VERDICTS:
                fail(f"{path}:{n}: unknown verdict '{c['verdict']}'")
            c["_line"] = n
            gold.append(c)
    return gold


def split_front_matter(text):
    """Return (offset of the body in the file, body)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return end + 5, text[end + 5:]
    return 0, text


def token_positions(text, body):
    """Start offsets of `text` in `body` as a whole token (not inside a longer number or word)."""
    pattern = r"(?<![\w.,$£€])" + re.escape(text) + r"(?!\w|[.,]\d)"
    return [m.start() for m in re.finditer(pattern, body)]


def norm(s):
    return " ".join(s.split()).lower()


def related(a, b):
    """True when one figure text contains the other (whitespace and case ignored)."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(token_positions(short, long))


def run_tally(repo):
    cmd = ["swift", "run", "tally", "report", "Datasets/trade", "Tests/ClaimCorpus/articles",
           "--format", "json"]
    print("running: " + " ".join(cmd), file=sys.stderr)
    p = subprocess.run(cmd, cwd=repo, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr)
        fail(f"tally exited with status {p.returncode}")
    return p.stdout


def load_predictions(raw, source):
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        fail(f"{source}:{e.lineno}:{e.colno}: not JSON: {e.msg}")
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        found = ", ".join(sorted(data)) if isinstance(data, dict) else type(data).__name__
        fail(f"{source}: expected a JSON object with a 'claims' array (found: {found})")
    by_doc = collections.defaultdict(list)
    for i, p in enumerate(data["claims"]):
        for key in ("doc", "start", "end", "text", "verdict"):
            if key not in p:
                fail(f"{source}: claims[{i}] has no '{key}'")
        if p["verdict"] not in VERDICTS:
            fail(f"{source}: claims[{i}] has unknown verdict '{p['verdict']}'")
        by_doc[p["doc"]].append(p)
    for preds in by_doc.values():
        preds.sort(key=lambda p: (p["start"], p["end"]))
    return by_doc


def anchor_base(preds, full, body_offset):
    """Which text the predicted offsets index: 0 (whole file) or body_offset (body), or None."""
    best, best_hits = None, 0
    for base in (0, body_offset):
        hits = 0
        for p in preds:
            s, e = p["start"] + base, p["end"] + base
            if 0 <= s <= e <= len(full) and related(full[s:e], p["text"]):
                hits += 1
        if hits > best_hits:
            best, best_hits = base, hits
    if preds and best_hits * 2 >= len(preds):
        return best
    return None


def match(gold, by_doc, articles):
    """Map each gold claim (by index) to a prediction or None."""
    result = {}
    for doc in sorted({g["doc"] for g in gold}):
        path = os.path.join(articles, doc + ".md")
        if not os.path.exists(path):
            fail(f"gold names document '{doc}' but {path} does not exist")
        with open(path, encoding="utf-8") as f:
            full = f.read()
        body_offset, body = split_front_matter(full)
        preds = by_doc.get(doc, [])
        base = anchor_base(preds, full, body_offset)
        used = set()
        items = [(i, g) for i, g in enumerate(gold) if g["doc"] == doc]
        for i, g in items:
            positions = token_positions(g["text"], body)
            if len(positions) < g["occurrence"]:
                fail(f"claims.jsonl:{g['_line']}: '{g['text']}' occurs {len(positions)} times "
                     f"in {doc}, occurrence {g['occurrence']} asked")
            chosen = None
            if base is not None:
                gs = positions[g["occurrence"] - 1] + body_offset
                ge = gs + len(g["text"])
                cands = [
                    (j, p) for j, p in enumerate(preds)
                    if j not in used and p["start"] + base < ge and gs < p["end"] + base
                    and related(p["text"], g["text"])
                ]
                # Prefer the exact text, then the closest start.
                cands.sort(key=lambda jp: (norm(jp[1]["text"]) != norm(g["text"]),
                                           abs(jp[1]["start"] + base - gs)))
                if cands:
                    chosen = cands[0][0]
            else:
                seen = 0
                for j, p in enumerate(preds):
                    if not related(p["text"], g["text"]):
                        continue
                    seen += 1
                    if seen == g["occurrence"]:
                        chosen = None if j in used else j
                        break
            if chosen is not None:
                used.add(chosen)
                result[i] = preds[chosen]
            else:
                result[i] = None
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", help="a saved `tally report --format json` output; '-' = stdin")
    ap.add_argument("--gold", default=os.path.join(HERE, "claims.jsonl"))
    ap.add_argument("--articles", default=os.path.join(HERE, "articles"))
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(HERE)),
                    help="repository root for running tally (default: two levels up)")
    ap.add_argument("--min", type=float, default=0.95, help="minimum accuracy (default 0.95)")
    ap.add_argument("--show-errors", action="store_true", help="list every wrong verdict")
    args = ap.parse_args()

    gold = load_gold(args.gold)
    if args.input == "-":
        raw, source = sys.stdin.read(), "<stdin>"
    elif args.input:
        with open(args.input, encoding="utf-8") as f:
            raw, source = f.read(), args.input
    else:
        raw, source = run_tally(args.repo), "tally output"
    by_doc = load_predictions(raw, source)
    matched = match(gold, by_doc, args.articles)

    confusion = collections.Counter()
    per_cause = collections.defaultdict(lambda: [0, 0])
    errors, passed_false = [], []
    unmatched = 0
    for i, g in enumerate(gold):
        p = matched[i]
        if p is None:
            unmatched += 1
        pred = p["verdict"] if p else "unchecked"
        confusion[(g["verdict"], pred)] += 1
        per_cause[g["cause"]][1] += 1
        if pred == g["verdict"]:
            per_cause[g["cause"]][0] += 1
        else:
            errors.append((g, p, pred))
        if g["truth"] == "false" and pred == "consistent":
            passed_false.append((g, p))

    total = len(gold)
    correct = sum(v for (a, b), v in confusion.items() if a == b)
    accuracy = correct / total if total else 0.0
    print(f"claims: {total}  matched to a prediction: {total - unmatched}  "
          f"correct: {correct}  accuracy: {accuracy:.3f}")
    print()
    print("confusion (rows gold, columns predicted)")
    short = {"consistent": "cons", "inconsistent": "incons", "needs review": "review",
             "unverifiable": "unverif", "unchecked": "unchk"}
    print(f"{'':>14}" + "".join(f"{short[v]:>9}" for v in VERDICTS) + f"{'total':>9}")
    for a in VERDICTS:
        row = [confusion[(a, b)] for b in VERDICTS]
        print(f"{a:>14}" + "".join(f"{n:>9}" for n in row) + f"{sum(row):>9}")
    print()
    print("per cause")
    for cause in sorted(per_cause, key=lambda c: (-per_cause[c][1], c)):
        ok, n = per_cause[cause]
        print(f"  {cause:<18}{ok:>4}/{n:<4} {ok / n:.2f}")
    print()
    print(f"false claims called consistent: {len(passed_false)}")
    for g, p in passed_false:
        print(f"  {g['doc']} '{g['text']}' #{g['occurrence']} ({g['cause']}): "
              f"{(p or {}).get('reason', '')}")
    if args.show_errors and errors:
        print()
        print("wrong verdicts")
        for g, p, pred in errors:
            where = f"line {p.get('line')}" if p else "no prediction"
            print(f"  {g['doc']} '{g['text']}' #{g['occurrence']} [{g['cause']}] gold "
                  f"{g['verdict']}, got {pred} ({where}): {(p or {}).get('reason', '')}")
    ok = accuracy >= args.min and not passed_false
    print()
    print(f"{'PASS' if ok else 'FAIL'}: accuracy {accuracy:.3f} (min {args.min}), "
          f"{len(passed_false)} false claims called consistent")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
