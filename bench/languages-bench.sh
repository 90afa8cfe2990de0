#!/usr/bin/env bash
# What languages cost: the same corpus built with one language and with three (every public
# page translated into LANGS, default "es es-MX", by bench/translate-corpus.py; the theme
# ships English and Spanish words, and es-MX takes es's), release build, alternating.
#
# usage: bench/languages-bench.sh [N]      (default 10000)
#
# Prints, for each variant, wall seconds (best and median of RUNS), CPU seconds of the best
# run, peak RSS and files written; then, when BYTES=1, the search bytes per query of the
# public site in the default language and in Spanish (bench/search-bytes.py).
# Environment: SCRATCH (swift build dir, default /tmp/cb-bench-build), SHARED (default
# $REPO/../shared), CORPORA (default /tmp/cb-bench-corpus), RUNS (default 3), BYTES (default 0),
# LANGS (default "es es-MX").
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
SCRATCH=${SCRATCH:-/tmp/cb-bench-build}
CORPORA=${CORPORA:-/tmp/cb-bench-corpus}
RUNS=${RUNS:-3}
N=${1:-10000}
read -r -a LANGS <<< "${LANGS:-es es-MX}"

(cd "$REPO" && swift build -c release --product casebook --scratch-path "$SCRATCH" >&2)
CASEBOOK="$SCRATCH/release/casebook"
ONE="$CORPORA/$N"
[ -d "$ONE" ] || python3 "$SHARED/bench/gen_corpus.py" "$ONE" "$N" --commits 100 >&2
THREE="$CORPORA/$N-$(IFS=-; echo "${LANGS[*]}")"
[ -d "$THREE" ] || python3 "$REPO/bench/translate-corpus.py" "$ONE" "$THREE" "${LANGS[@]}" >&2

# Output goes to memory when there is some (/dev/shm), and every run keeps its folder until
# the end: ext4 passes over inodes freed in the last 30 seconds, so deleting one run's output
# before the next would slow the next by seconds (see compare-with-hugo.sh).
WORK=$(mktemp -d -p "$([ -d /dev/shm ] && echo /dev/shm || echo /tmp)"); trap 'rm -rf "$WORK"' EXIT
declare -A WALLS CPU RSS FILES
for run in $(seq 0 "$RUNS"); do          # run 0 warms the caches and is not counted
    for variant in one three; do
        corpus=$ONE; [ "$variant" = three ] && corpus=$THREE
        out="$WORK/$variant-$run"
        /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$CASEBOOK" build --root "$corpus" --output "$out" >/dev/null 2>&1
        read -r wall user system rss < "$WORK/time"
        files=$(find "$out" -type f | wc -l)
        [ "$run" = 0 ] && continue
        WALLS[$variant]+="$wall "
        cpu=$(echo "$user + $system" | bc)
        best=$(echo "${WALLS[$variant]}" | tr ' ' '\n' | grep . | sort -n | head -1)
        [ "$wall" = "$best" ] && CPU[$variant]=$cpu
        [ "${RSS[$variant]:-0}" -lt "$rss" ] && RSS[$variant]=$rss
        FILES[$variant]=$files
    done
done
echo "| $N pages | wall best | wall median | CPU (best run) | peak RSS | files |"
echo "|---|---|---|---|---|---|"
for variant in one three; do
    sorted=$(echo "${WALLS[$variant]}" | tr ' ' '\n' | grep . | sort -n)
    best=$(echo "$sorted" | head -1)
    median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
    label="1 language"; [ "$variant" = three ] && label="$(( ${#LANGS[@]} + 1 )) languages (en ${LANGS[*]})"
    echo "| $label | ${best} s | ${median} s | ${CPU[$variant]} s | $(( RSS[$variant] / 1024 )) MiB | ${FILES[$variant]} |"
done
if [ "${BYTES:-0}" = 1 ]; then
    python3 "$REPO/bench/search-bytes.py" "$CASEBOOK" "$ONE" "$WORK/bytes-one"
    python3 "$REPO/bench/search-bytes.py" "$CASEBOOK" "$THREE" "$WORK/bytes-three"
fi
