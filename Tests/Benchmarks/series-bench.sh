#!/usr/bin/env bash
# Side-by-side benchmark of the "series" task of ../shared/bench/README.md:
# group a Comtrade-style CSV by (reporterISO, partnerISO, cmdCode, flowCode, period), sum
# primaryValue, write the sorted CSV. Runs `tally aggregate` (release build), polars, DuckDB
# and the plain C program over libcsv in one hyperfine session, prints median wall time,
# MB/s, peak RSS and the tally/polars ratio, then checks every output with verify.py.
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
hyperfine --runs "$RUNS" --style basic \
  --prepare "sync; cat $DATA > /dev/null" \
  --export-json "$WORK/series_$LABEL.json" \
  -n tally "$(timed tally) $TALLY aggregate $DATA --by $BY --sum primaryValue --out $OUT/series_tally_$LABEL.csv" \
  -n polars "$(timed polars) $PY $KIT/peers/polars_peer.py series $DATA $OUT/series_polars_$LABEL.csv" \
  -n duckdb "$(timed duckdb) $PY $KIT/peers/duckdb_peer.py series $DATA $OUT/series_duckdb_$LABEL.csv" \
  -n libcsv_c "$(timed libcsv_c) $WORK/bin/libcsv_peer series $DATA $OUT/series_libcsv_c_$LABEL.csv"

"$PY" - "$WORK" "$LABEL" "$DATA" <<'EOF'
import json, os, statistics, sys
work, label, data = sys.argv[1:4]
mb = os.path.getsize(data) / 1e6
runs = json.load(open(f"{work}/series_{label}.json"))["results"]
med = {r["command"]: statistics.median(r["times"]) for r in runs}
print(f"\nseries, {label} ({mb:.0f} MB), side by side:")
print("| tool | median wall s | min-max s | MB/s | peak RSS MB |")
print("|---|---:|---:|---:|---:|")
for r in runs:
    name = r["command"]
    rss = [int(x) for x in open(f"{work}/rss/{name}_{label}.txt").read().split()]
    print(f"| {name} | {med[name]:.3f} | {min(r['times']):.2f}-{max(r['times']):.2f} "
          f"| {mb / med[name]:.0f} | {max(rss) / 1024:.0f} |")
print(f"\ntally/polars = {med['tally'] / med['polars']:.2f}  "
      f"tally/duckdb = {med['tally'] / med['duckdb']:.2f}  "
      f"tally/libcsv_c = {med['tally'] / med['libcsv_c']:.2f}")
EOF

echo
(cd "$WORK" && "$PY" -c "import sys, verify; bad = verify.series('$LABEL'); print('ALL AGREE' if not bad else f'{bad} DIFFERENCES'); sys.exit(1 if bad else 0)")
