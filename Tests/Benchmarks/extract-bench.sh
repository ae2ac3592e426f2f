#!/usr/bin/env bash
# Throughput of `tally extract` on dense trade wire text (issue 12): the dev and seed articles
# of ../shared/corpus repeated to 65 MB (2.4% of bytes are digits), once as one text file and
# once as JSON Lines documents (one article per line, about 33,000 of them). Release build,
# JSON Lines output to /dev/null, hyperfine.
#
#   Tests/Benchmarks/extract-bench.sh [RUNS]          # default 3 runs
#
# Prints, for each case, the median wall time, MB/s of wall time, and MB/s per CPU-second
# (user + system time): on a machine shared with other jobs the wall time says little, while
# the CPU time says what one core does. Cases: the text file (one document, one thread), the
# documents on one thread (--jobs 1) and on every core (the default).
# Needs: swift, hyperfine, python3. The corpus goes to $BENCH_DIR (default /tmp/tally-bench),
# never into the repository; the articles are read from ../shared/corpus and not copied.
set -euo pipefail

RUNS=${1:-3}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS=${BENCH_CORPUS:-$REPO/../shared/corpus}
WORK=${BENCH_DIR:-/tmp/tally-bench}
die() { echo "extract-bench: $*" >&2; exit 1; }
[ -d "$CORPUS/dev" ] || die "corpus not found at $CORPUS (set BENCH_CORPUS)"
command -v hyperfine >/dev/null || die "hyperfine is not installed (apt-get install hyperfine)"
PY=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$WORK"
TEXT=$WORK/extract_text.txt
DOCS=$WORK/extract_docs.jsonl
if [ ! -s "$TEXT" ] || [ ! -s "$DOCS" ]; then
  echo "writing the 65 MB corpus into $WORK"
  "$PY" - "$CORPUS" "$TEXT" "$DOCS" <<'PYEOF'
import glob, json, sys
corpus, text, docs = sys.argv[1:4]
arts = [open(p, encoding="utf-8").read()
        for p in sorted(glob.glob(f"{corpus}/dev/*.txt") + glob.glob(f"{corpus}/seeds/*.txt"))]
target = 65_000_000
with open(text + ".part", "w", encoding="utf-8") as f:
    n = 0
    while n < target:
        for a in arts:
            f.write(a + "\n\n")
            n += len(a.encode()) + 2
with open(docs + ".part", "w", encoding="utf-8") as f:
    n = k = 0
    while n < target:
        for a in arts:
            line = json.dumps({"id": f"d{k}", "text": a}, ensure_ascii=False) + "\n"
            f.write(line)
            n += len(line.encode())
            k += 1
PYEOF
  mv "$TEXT.part" "$TEXT"
  mv "$DOCS.part" "$DOCS"
fi

echo "building tally (release)"
(cd "$REPO" && swift build -c release --product tally >/dev/null)
TALLY=$(cd "$REPO" && swift build -c release --show-bin-path)/tally
CORES=$(nproc)
hyperfine --runs "$RUNS" --style basic --warmup 1 --export-json "$WORK/extract.json" \
  -n "text file, 1 document" "$TALLY extract $TEXT --format jsonl > /dev/null" \
  -n "JSON Lines, --jobs 1" "$TALLY extract $DOCS --format jsonl --jobs 1 > /dev/null" \
  -n "JSON Lines, $CORES cores" "$TALLY extract $DOCS --format jsonl > /dev/null" >/dev/null

"$PY" - "$WORK/extract.json" "$TEXT" "$DOCS" "$CORES" <<'PYEOF'
import json, os, statistics, sys
res, text, docs, cores = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
print(f"\nextract, dense trade wire text, {cores} cores (load: {os.getloadavg()[0]:.1f})")
print("| case | MB | median wall s | MB/s wall | mean CPU s | MB/s per CPU-second |")
print("|---|---:|---:|---:|---:|---:|")
for r in json.load(open(res))["results"]:
    mb = os.path.getsize(text if r["command"].startswith("text") else docs) / 1e6
    wall = statistics.median(r["times"])
    cpu = r["user"] + r["system"]  # hyperfine's means over the runs
    print(f"| {r['command']} | {mb:.0f} | {wall:.2f} | {mb / wall:.1f} | {cpu:.2f} | {mb / cpu:.1f} |")
PYEOF
