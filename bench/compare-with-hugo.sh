#!/usr/bin/env bash
# Compare `casebook build` with Hugo on the same synthetic corpus: wall-clock
# time and peak memory (maximum resident set size), measured in the same run.
#
# usage: bench/compare-with-hugo.sh [N ...]     (default sizes: 1000 10000)
#
# For each size N it generates a corpus with $SHARED/bench/gen_corpus.py (kept
# in $CORPORA/N and reused when present), does one warm-up run per tool, then
# RUNS timed runs per tool under /usr/bin/time -v, alternating the tools:
#   casebook     casebook build --root CORPUS --output OUT   (reads git history)
#   casebook-nohistory   the same with --no-history
#   hugo         hugo --quiet -s CORPUS -d OUT   (corpus config: enableGitInfo = true)
#   hugo-nogit   the same with git info off (HUGO_ENABLEGITINFO=false, or a
#                copied config with enableGitInfo = false if the variable is ignored)
# It also times casebook on the repository's own sample content (no Hugo twin),
# then prints a Markdown table: median/best/worst wall seconds, CPU seconds (user +
# system, best run), peak RSS (MiB, max over the timed runs), HTML files produced, and
# casebook/tool ratios of the best wall times and of peak RSS.
#
# Every run writes into a folder of its own, and the folders are deleted only after the
# last run of a size, followed by a pause: ext4 passes over inodes freed in the last
# 30 seconds when it allocates new ones, so a run that follows the deletion of a big
# output tree spends seconds in the kernel that depend on the order of the runs.
#
# Environment: SCRATCH (swift build dir, default /tmp/cb-bench-build),
# SHARED (default $REPO/../shared), CORPORA (default /tmp/cb-bench-corpus),
# RUNS (default 3), COMMITS (history commits in the corpus, default 100),
# VARIANTS (default 1; 0 leaves out casebook-nohistory and hugo-nogit, for 100k),
# BEFORE (an older casebook binary, run as "casebook-before" in the same rounds, for
# before/after tables).
# Installs hugo and time with apt-get when missing.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
SCRATCH=${SCRATCH:-/tmp/cb-bench-build}
CORPORA=${CORPORA:-/tmp/cb-bench-corpus}
RUNS=${RUNS:-3}
VARIANTS=${VARIANTS:-1}
BEFORE=${BEFORE:-}
COMMITS=${COMMITS:-100}
SIZES=("$@"); [ $# -gt 0 ] || SIZES=(1000 10000)

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}
command -v hugo >/dev/null || apt_install hugo
[ -x /usr/bin/time ] || apt_install time

# Release build. Retried because a concurrent edit of Sources/ aborts swiftpm
# ("was modified during the build").
for try in 1 2 3; do
    (cd "$REPO" && swift build -c release --product casebook --scratch-path "$SCRATCH" >&2) && break
    [ "$try" = 3 ] && { echo "casebook build failed" >&2; exit 1; }
    sleep 5
done
CASEBOOK="$SCRATCH/release/casebook"

WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results.tsv"; : >"$RESULTS"   # size tool wall_s rss_kb html status cpu_s

# measure SIZE TOOL OUTDIR CMD...: one timed run, appended to $RESULTS unless SIZE is "-".
# OUTDIR must not exist yet (see above).
measure() {
    local size=$1 tool=$2 out=$3; shift 3
    local status=0
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/log.txt" 2>&1 || status=$?
    if [ "$status" != 0 ]; then
        echo "!! $tool on $size exited $status; first 30 lines of its output:" >&2
        head -n 30 "$WORK/log.txt" >&2
    fi
    [ "$size" = - ] && return 0
    local html; html=$(find "$out" -name '*.html' 2>/dev/null | wc -l)
    awk -v size="$size" -v tool="$tool" -v html="$html" -v status="$status" '
        /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
        /Maximum resident set size/ { rss = $NF }
        /User time \(seconds\)|System time \(seconds\)/ { cpu += $NF }
        END { printf "%s\t%s\t%.2f\t%d\t%d\t%s\t%.2f\n", size, tool, wall, rss, html, status, cpu }' \
        "$WORK/time.txt" | tee -a "$RESULTS" >&2
}

# each SIZE TOOL CMD...: one timed run of TOOL whose output folder, new, is the last argument.
each() {
    local size=$1 tool=$2; shift 2
    run=$((run + 1))
    measure "$size" "$tool" "$outputs/$run" "$@" "$outputs/$run"
}

for n in "${SIZES[@]}"; do
    corpus="$CORPORA/$n"
    [ "$COMMITS" = 100 ] || corpus="$CORPORA/$n-$COMMITS"
    if [ ! -f "$corpus/hugo.toml" ]; then
        mkdir -p "$CORPORA"
        python3 "$SHARED/bench/gen_corpus.py" "$corpus" "$n" --commits "$COMMITS" >&2
    fi
    outputs="$WORK/out-$n"; mkdir -p "$outputs"
    run=0
    casebook=("$CASEBOOK" build --root "$corpus" --output)
    nohistory=("$CASEBOOK" build --no-history --root "$corpus" --output)
    before=("$BEFORE" build --root "$corpus" --output)
    hugo=(hugo --quiet -s "$corpus" -d)
    nogit=(env HUGO_ENABLEGITINFO=false "${hugo[@]}")

    echo "== $n pages: warm-up" >&2
    each - casebook "${casebook[@]}"
    [ -n "$BEFORE" ] && each - casebook-before "${before[@]}"
    each - hugo "${hugo[@]}"
    # The corpus layouts print "Last updated" only from .GitInfo: if it is still
    # there, this Hugo ignored HUGO_ENABLEGITINFO, so use a copied config instead.
    [ "$VARIANTS" = 1 ] && each - hugo-nogit "${nogit[@]}"
    if [ "$VARIANTS" = 1 ] && grep -rqs "Last updated" "$outputs/$run"; then
        echo "HUGO_ENABLEGITINFO ignored; using a config with enableGitInfo = false" >&2
        sed 's/^enableGitInfo *=.*/enableGitInfo = false/' "$corpus/hugo.toml" >"$WORK/nogit.toml"
        nogit=(hugo --quiet -s "$corpus" --config "$WORK/nogit.toml" -d)
    fi

    echo "== $n pages: $RUNS timed runs per tool" >&2
    for _ in $(seq "$RUNS"); do
        each "$n" casebook "${casebook[@]}"
        [ "$VARIANTS" = 1 ] && each "$n" casebook-nohistory "${nohistory[@]}"
        [ -n "$BEFORE" ] && each "$n" casebook-before "${before[@]}"
        each "$n" hugo "${hugo[@]}"
        [ "$VARIANTS" = 1 ] && each "$n" hugo-nogit "${nogit[@]}"
    done
    rm -rf "$outputs"
    echo "== pausing 31 s after deleting the outputs" >&2
    sleep 31
done

echo "== sample content ($REPO)" >&2
outputs="$WORK/out-sample"; mkdir -p "$outputs"; run=0
each - casebook "$CASEBOOK" build --root "$REPO" --output
for _ in $(seq "$RUNS"); do
    each sample casebook "$CASEBOOK" build --root "$REPO" --output
done

python3 - "$RESULTS" <<'EOF'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    size, tool, wall, rss, html, status, cpu = line.rstrip("\n").split("\t")
    rows.setdefault((size, tool), []).append((float(wall), int(rss), int(html), status, float(cpu)))
summary = {}
for key, runs in rows.items():
    walls = [r[0] for r in runs]
    failed = [r[3] for r in runs if r[3] != "0"]
    best = min(runs, key=lambda r: r[0])
    summary[key] = (statistics.median(walls), min(walls), max(walls), best[4],
                    max(r[1] for r in runs) / 1024, runs[-1][2], failed)
print("| size | tool | median s | best s | worst s | CPU s (best run) | peak RSS MiB | HTML files |")
print("|---|---|---|---|---|---|---|---|")
for (size, tool), (med, lo, hi, cpu, rss, html, failed) in summary.items():
    note = f" (exit {','.join(failed)})" if failed else ""
    print(f"| {size} | {tool} | {med:.2f} | {lo:.2f} | {hi:.2f} | {cpu:.2f} | {rss:.0f} | {html}{note} |")
print()
print("| size | ratio | best wall | CPU | peak RSS |")
print("|---|---|---|---|---|")
pairs = [("casebook", "hugo"), ("casebook-before", "hugo"), ("casebook", "casebook-before"),
         ("casebook-nohistory", "hugo-nogit")]
for size in dict.fromkeys(size for size, _ in summary):
    for mine, theirs in pairs:
        a, b = summary.get((size, mine)), summary.get((size, theirs))
        if a and b:
            print(f"| {size} | {mine} / {theirs} | {a[1] / b[1]:.2f}× | {a[3] / b[3]:.2f}× | {a[4] / b[4]:.2f}× |")
EOF
