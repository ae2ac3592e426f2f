#!/usr/bin/env bash
# Side-by-side benchmark of the "series" task of ../shared/bench/README.md:
# group a Comtrade-style CSV by (reporterISO, partnerISO, cmdCode, flowCode, period), sum
# primaryValue, write the sorted CSV. Runs `tally aggregate` (release build), polars, DuckDB
# and the plain C program over libcsv in one hyperfine session, prints median wall time,
# MB/s, peak RSS and the tally/polars ratio, then checks every output with verify.py.
# Runs are interleaved (one run of each tool per round, order rotated), so that a busy shared
# machine slows every tool alike; results/raw times go to $BENCH_DIR/json.
#
#   Tests/Benchmarks/series-bench.sh [ROWS] [RUNS]     # defaults: 1000000 rows, 3 runs
#   Tests/Benchmarks/series-bench.sh 10000000 3        # the 1.66 GB file of issue 4
#
# Needs: swift, cc, libcsv-dev, hyperfine, GNU time (/usr/bin/time), python3 with polars and
# duckdb (`pip install polars duckdb`). Data and outputs go to $BENCH_DIR (default
# /tmp/tally-bench), never into the repository; the data file is generated once and reused.
set -euo pipefail

ROWS=${1:-1000000}
RUNS=${2:-3}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
KIT=${BENCH_KIT:-$REPO/../shared/bench}
WORK=${BENCH_DIR:-/tmp/tally-bench}
BY=reporterISO,partnerISO,cmdCode,flowCode,period

case $ROWS in
  1000000) LABEL=1m ;;
  10000000) LABEL=10m ;;
  *) LABEL=${ROWS}r ;;
esac

die() { echo "series-bench: $*" >&2; exit 1; }
[ -f "$KIT/gen_comtrade.py" ] || die "benchmark kit not found at $KIT (set BENCH_KIT)"
command -v hyperfine >/dev/null || die "hyperfine is not installed (apt-get install hyperfine)"
[ -x /usr/bin/time ] || die "GNU time is not installed (apt-get install time)"
# The real interpreter, not a pyenv shim (a shim adds ~90 ms to every Python run).
PY=$(python3 -c 'import sys; print(sys.executable)')
"$PY" -c 'import polars, duckdb' 2>/dev/null || die "python3 needs polars and duckdb: pip install polars duckdb"

mkdir -p "$WORK/bin" "$WORK/out" "$WORK/rss"
DATA=$WORK/comtrade_$LABEL.csv
if [ ! -s "$DATA" ]; then
  echo "generating $ROWS rows into $DATA"
  "$PY" "$KIT/gen_comtrade.py" "$ROWS" "$DATA.part" && mv "$DATA.part" "$DATA"
fi

echo "building tally (release) and the libcsv C peer"
(cd "$REPO" && swift build -c release --product tally >/dev/null)
TALLY=$(cd "$REPO" && swift build -c release --show-bin-path)/tally
cc -O2 -o "$WORK/bin/libcsv_peer" "$KIT/peers/libcsv_peer.c" -lcsv
# verify.py compares every out/series_<tool>_<size>.csv next to itself.
cp "$KIT/verify.py" "$WORK/verify.py"
rm -f "$WORK"/rss/*_"$LABEL".txt "$WORK"/out/series_*_"$LABEL".csv

timed() { echo "/usr/bin/time -f %M -a -o $WORK/rss/$1_$LABEL.txt"; }
OUT=$WORK/out
NAMES=(tally polars duckdb libcsv_c)
COMMANDS=(
  "$(timed tally) $TALLY aggregate $DATA --by $BY --sum primaryValue --out $OUT/series_tally_$LABEL.csv"
  "$(timed polars) $PY $KIT/peers/polars_peer.py series $DATA $OUT/series_polars_$LABEL.csv"
  "$(timed duckdb) $PY $KIT/peers/duckdb_peer.py series $DATA $OUT/series_duckdb_$LABEL.csv"
  "$(timed libcsv_c) $WORK/bin/libcsv_peer series $DATA $OUT/series_libcsv_c_$LABEL.csv"
)
# Side by side: one run of every tool per round, the order rotated each round, so that the
# load of a shared machine falls on all tools alike (hyperfine alone would run all runs of
# one tool, then all of the next).
mkdir -p "$WORK/json"
rm -f "$WORK"/json/series_"$LABEL".round*.json
for ((round = 0; round < RUNS; round++)); do
  args=()
  for ((k = 0; k < ${#NAMES[@]}; k++)); do
    i=$(((k + round) % ${#NAMES[@]}))
    args+=(-n "${NAMES[$i]}" "${COMMANDS[$i]}")
  done
  echo "round $((round + 1)) of $RUNS"
  hyperfine --runs 1 --style basic --prepare "sync; cat $DATA > /dev/null" \
    --export-json "$WORK/json/series_$LABEL.round$round.json" "${args[@]}" >/dev/null
done

"$PY" - "$WORK" "$LABEL" "$DATA" <<'EOF'
import glob, json, os, statistics, sys
work, label, data = sys.argv[1:4]
mb = os.path.getsize(data) / 1e6
times = {}
for path in sorted(glob.glob(f"{work}/json/series_{label}.round*.json")):
    for r in json.load(open(path))["results"]:
        times.setdefault(r["command"], []).extend(r["times"])
med = {name: statistics.median(t) for name, t in times.items()}
print(f"\nseries, {label} ({mb:.0f} MB), {len(times['tally'])} interleaved runs per tool:")
print("| tool | median wall s | min-max s | MB/s | peak RSS MB |")
print("|---|---:|---:|---:|---:|")
for name in ["tally", "polars", "duckdb", "libcsv_c"]:
    t = times[name]
    rss = [int(x) for x in open(f"{work}/rss/{name}_{label}.txt").read().split()]
    print(f"| {name} | {med[name]:.3f} | {min(t):.2f}-{max(t):.2f} "
          f"| {mb / med[name]:.0f} | {max(rss) / 1024:.0f} |")
print(f"\ntally/polars = {med['tally'] / med['polars']:.2f}  "
      f"tally/duckdb = {med['tally'] / med['duckdb']:.2f}  "
      f"tally/libcsv_c = {med['tally'] / med['libcsv_c']:.2f}")
EOF

echo
(cd "$WORK" && "$PY" -c "import sys, verify; bad = verify.series('$LABEL'); print('ALL AGREE' if not bad else f'{bad} DIFFERENCES'); sys.exit(1 if bad else 0)")
