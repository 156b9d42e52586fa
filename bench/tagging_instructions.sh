#!/bin/bash
# Instructions per tagged posting (valgrind callgrind), for a commit: deterministic where CPU time is not (a 2-CPU
# machine shared with other sessions moved bench_tagging.py's figure by 10-20% between runs of the same code).
#
#     bench/tagging_instructions.sh <commit> [postings, default 400]     # ~2.5 min idle, 10+ min under load
#
# Runs an export of the commit twice under PYTHONHASHSEED=0 (tagging 0 postings, then N, after the same warm-up
# posting) and prints (instructions of the second - of the first) / N.
set -euo pipefail
commit=$1
n=${2:-400}
repo=$(cd "$(dirname "$0")/.." && pwd)
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git -C "$repo" archive "$commit" | tar -x -C "$src"
count() {
    (cd "$src" && PYTHONPATH="$src" PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$repo/.venv/bin/python" -c "
import sys
sys.path.insert(0, 'bench')
from bench_tagging import postings
from talentintel.tagging import tag_posting
batch = postings(max($1, 1))
tag_posting(**batch[0])
for p in batch[:$1]:
    tag_posting(**p)
" 2>&1 | grep Collected | awk '{print $4}' | tr -d ,)
}
zero=$(count 0)
many=$(count "$n")
echo "$commit: $(( (many - zero) / n )) instructions per posting ($n postings)"
