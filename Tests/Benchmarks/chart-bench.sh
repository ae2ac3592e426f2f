#!/usr/bin/env bash
# A line chart of N points (default 1,000,000) from a CSV file: tally against gnuplot's dumb
# terminal on the same file, with hyperfine (CPU time and elapsed), and peak memory with GNU time.
# Needs a release build (swift build -c release), hyperfine, gnuplot-nox and GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$n" "$dir/points.csv" <<'PY'
import random, sys
random.seed(1)
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("x,value\n")
    v = 100.0
    for i in range(n):
        v += random.uniform(-1, 1)
        f.write(f"{i},{v:.3f}\n")
PY
cat > "$dir/plot.gp" <<GP
set terminal dumb 80,24
set datafile separator ","
plot "$dir/points.csv" using 1:2 every ::1 with lines notitle
GP
hyperfine --warmup 1 --runs 10 \
  ".build/release/tally chart $dir/points.csv --x x --width 80 --height 20" \
  "gnuplot $dir/plot.gp"
for cmd in ".build/release/tally chart $dir/points.csv --x x --width 80 --height 20" \
  "gnuplot $dir/plot.gp"; do
  /usr/bin/time -f "%M KB peak: $cmd" $cmd > /dev/null
done
