#!/usr/bin/env bash
# The import path side by side (issue 11): load a Comtrade-style CSV into something persistent
# and queryable, in interleaved rounds (the order rotates each round, so a busy machine slows
# every tool alike), and print for each tool the median wall time, MB/s, peak RSS and, last,
# the ratio tally/DuckDB.
#
#   tally   tally import FILE --db ws.sqlite            (a fresh workspace each round)
#   duckdb  CREATE TABLE AS SELECT key, sum(primaryValue), sum(netWgt), sum(qty)
#           FROM read_csv(FILE) GROUP BY ALL            into a .duckdb file
#   polars  scan_csv -> group_by -> write_parquet
#   sqlite  sqlite3 shell: .import --csv of every column, then an index on the key
#
# usage: Tests/Benchmarks/import-bench.sh ROWS [ROUNDS] [TOOLS]
#   ROWS    rows of gen_comtrade.py (1000000, 10000000); the file is generated once into
#           $BENCH_DIR (default /tmp/tally-bench), never into the repository
#   ROUNDS  interleaved rounds (default 3)
#   TOOLS   space-separated subset (default "tally duckdb polars sqlite")
# env: TALLY (default .build/release/tally, built with `swift build -c release --product tally`),
#      TALLY_ARGS (extra import options), SHARED (default ../shared).
# needs: python3 with duckdb and polars (pip install duckdb polars), sqlite3, GNU time, bc.
#
# The generator repeats some (key, period) pairs with other values; tally sums them (its
# default `--repeated sum`), as the GROUP BY of the other tools does.
set -euo pipefail
ROWS=${1:?usage: import-bench.sh ROWS [ROUNDS] [TOOLS]}
ROUNDS=${2:-3}
read -r -a TOOLS <<<"${3:-tally duckdb polars sqlite}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
TALLY=${TALLY:-$ROOT/.build/release/tally}
DIR=${BENCH_DIR:-/tmp/tally-bench}
PY=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$DIR"
FILE=$DIR/comtrade_$ROWS.csv
[ -s "$FILE" ] || python3 "$SHARED/bench/gen_comtrade.py" "$ROWS" "$FILE"
[ -x "$TALLY" ] || { echo "build tally first: swift build -c release --product tally" >&2; exit 1; }
W=$(mktemp -d "$DIR/run.XXXXXX")
trap 'rm -rf "$W"' EXIT
MB=$(echo "scale=1; $(stat -L -c %s "$FILE") / 1000000" | bc)
KEY="reporterISO, partnerISO, cmdCode, flowCode, period"

run_tally() { rm -f "$W"/ws.sqlite*; "$TALLY" import "$FILE" --db "$W/ws.sqlite" ${TALLY_ARGS:-} >/dev/null; }
run_duckdb() {
  rm -f "$W"/ws.duckdb*
  "$PY" -c "
import duckdb; c = duckdb.connect('$W/ws.duckdb'); c.execute('SET enable_progress_bar = false')
c.execute(\"CREATE TABLE points AS SELECT $KEY, sum(primaryValue) v, sum(netWgt) w, sum(qty) q FROM read_csv('$FILE', types={'cmdCode': 'VARCHAR', 'period': 'VARCHAR'}) GROUP BY ALL\")"
}
run_polars() {
  "$PY" -c "
import polars as pl
df = pl.scan_csv('$FILE', schema_overrides={'cmdCode': pl.Utf8, 'period': pl.Utf8})
df.group_by(['reporterISO', 'partnerISO', 'cmdCode', 'flowCode', 'period']).agg(pl.col('primaryValue').sum(), pl.col('netWgt').sum(), pl.col('qty').sum()).collect().write_parquet('$W/ws.parquet')"
}
run_sqlite() { rm -f "$W/s.db"; sqlite3 "$W/s.db" ".import --csv '$FILE' t" "CREATE INDEX k ON t($KEY);"; }

declare -A T R
cat "$FILE" >/dev/null  # warm the page cache
for r in $(seq 1 "$ROUNDS"); do
  n=${#TOOLS[@]}
  for i in $(seq 0 $((n - 1))); do
    t=${TOOLS[$(((i + r) % n))]}
    sync
    s=$(date +%s.%N)
    /usr/bin/time -f %M -o "$W/rss" bash -c "$(declare -f run_$t); W='$W' FILE='$FILE' TALLY='$TALLY' PY='$PY' KEY='$KEY' TALLY_ARGS='${TALLY_ARGS:-}' run_$t" \
      || { echo "$t failed" >&2; exit 1; }
    e=$(date +%s.%N)
    T[$t]="${T[$t]:-} $(echo "$e - $s" | bc)"
    R[$t]="${R[$t]:-} $(tail -1 "$W/rss")"
  done
done
med() { echo "$@" | tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
maxof() { echo "$@" | tr ' ' '\n' | grep . | sort -g | tail -1; }
echo "file: $FILE ($MB MB, $ROWS rows), $ROUNDS interleaved rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-6s | %8s | %7s | %12s | %s\n' tool "median s" "MB/s" "peak RSS MB" "runs (s)"
for t in "${TOOLS[@]}"; do
  m=$(med ${T[$t]})
  printf '| %-6s | %8.2f | %7.0f | %12.0f | %s\n' "$t" "$m" "$(echo "$MB / $m" | bc -l)" \
    "$(echo "$(maxof ${R[$t]}) / 1024" | bc -l)" "${T[$t]}"
done
if [ -n "${T[tally]:-}" ] && [ -n "${T[duckdb]:-}" ]; then
  echo "tally/duckdb = $(echo "scale=2; $(med ${T[tally]}) / $(med ${T[duckdb]})" | bc)"
fi
