#!/usr/bin/env bash
# What reading git history adds to a build, beside Hugo's enableGitInfo, measured
# without writing output (file creation dominates and varies too much on small VMs):
#   casebook check (renders everything, writes nothing) with and without --no-history,
#   hugo --renderToMemory with enableGitInfo on and off.
# Reports median wall and CPU (user+sys) seconds over RUNS alternating runs.
#
# usage: bench/history-overhead.sh [N] [COMMITS]     (default 10000 pages, 300 commits)
# Environment: SCRATCH, SHARED, CORPORA, RUNS (default 5), as in compare-with-hugo.sh.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
SCRATCH=${SCRATCH:-/tmp/cb-bench-build}
CORPORA=${CORPORA:-/tmp/cb-bench-corpus}
RUNS=${RUNS:-5}
N=${1:-10000}
COMMITS=${2:-300}

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
(cd "$REPO" && swift build -c release --product casebook --scratch-path "$SCRATCH" >&2)
CASEBOOK="$SCRATCH/release/casebook"

corpus="$CORPORA/$N-$COMMITS"
[ -f "$corpus/hugo.toml" ] || python3 "$SHARED/bench/gen_corpus.py" "$corpus" "$N" --commits "$COMMITS" >&2
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
sed 's/^enableGitInfo *=.*/enableGitInfo = false/' "$corpus/hugo.toml" >"$WORK/nogit.toml"

declare -A commands=(
    [casebook]="$CASEBOOK check --root $corpus"
    [casebook-nohistory]="$CASEBOOK check --root $corpus --no-history"
    [hugo]="hugo --quiet --renderToMemory -s $corpus"
    [hugo-nogit]="hugo --quiet --renderToMemory -s $corpus --config $WORK/nogit.toml"
)
order=(casebook casebook-nohistory hugo hugo-nogit)
for tool in "${order[@]}"; do ${commands[$tool]} >/dev/null 2>&1; done   # warm-up
: >"$WORK/results"
for _ in $(seq "$RUNS"); do
    for tool in "${order[@]}"; do
        /usr/bin/time -f "$tool %e %U %S" -a -o "$WORK/results" ${commands[$tool]} >/dev/null 2>&1
    done
done
python3 - "$WORK/results" "$N" "$COMMITS" <<'PY'
import sys, statistics
runs = {}
for line in open(sys.argv[1]):
    tool, wall, user, system = line.split()
    runs.setdefault(tool, []).append((float(wall), float(user) + float(system)))
median = {tool: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for tool, r in runs.items()}
print(f"{sys.argv[2]} pages, {sys.argv[3]} commits, median of {len(runs['casebook'])} runs")
print("| tool | wall s | CPU s |")
print("|---|---|---|")
for tool, (wall, cpu) in median.items():
    print(f"| {tool} | {wall:.2f} | {cpu:.2f} |")
for a, b in (("casebook", "casebook-nohistory"), ("hugo", "hugo-nogit")):
    print(f"{a}: history adds {100 * (median[a][0] / median[b][0] - 1):+.1f}% wall, "
          f"{100 * (median[a][1] / median[b][1] - 1):+.1f}% CPU")
PY
