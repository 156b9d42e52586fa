#!/bin/bash
# Instructions per tagged posting (valgrind callgrind), for a commit: deterministic where CPU time is not (a 2-CPU
# machine shared with other sessions moved bench_tagging.py's figure by 10-20% between runs of the same code).
#
#     bench/tagging_instructions.sh <commit> [postings, default 400]     # ~2.5 min idle, 10+ min under load
#     bench/tagging_instructions.sh <commit> 200 warm                     # a second pass over the same postings
#     bench/tagging_instructions.sh <commit> 200 cold                     # the same with forget() before each one
#
# Runs an export of the commit twice under PYTHONHASHSEED=0 (tagging 0 postings, then N, after the same warm-up
# posting) and prints (instructions of the second - of the first) / N. With "warm", the two runs tag the N postings
# once and twice: the second pass is what bench_tagging.py's best of 3 measures (its per-string caches filled, the
# one-time init of the first pass outside the difference). "cold" is "warm" with sentence_memo.forget() before each
# posting, as bench_tagging.py --cold runs it.
set -euo pipefail
commit=$1
n=${2:-400}
warm=${3:-}
repo=$(cd "$(dirname "$0")/.." && pwd)
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git -C "$repo" archive "$commit" | tar -x -C "$src"
count() {  # postings, then 1 to tag them a second time, then the statement before each posting
    (cd "$src" && PYTHONPATH="$src" PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$repo/.venv/bin/python" -c "
import sys
sys.path.insert(0, 'bench')
from bench_tagging import postings
from talentintel.tagging import tag_posting
from talentintel.tagging.sentence_memo import forget
batch = postings(max($1, 1))
tag_posting(**batch[0])
for p in batch[:$1]:
    $3
    tag_posting(**p)
for p in batch[:$1] if $2 else ():
    $3
    tag_posting(**p)
" 2>&1 | grep Collected | awk '{print $4}' | tr -d ,)
}
if [ "$warm" = warm ] || [ "$warm" = cold ]; then
    keep=$([ "$warm" = cold ] && echo "forget()" || echo "pass")
    zero=$(count "$n" 0 "$keep")
    many=$(count "$n" 1 "$keep")
    echo "$commit: $(( (many - zero) / n )) instructions per posting ($warm, second pass over $n postings)"
else
    zero=$(count 0 0 pass)
    many=$(count "$n" 0 pass)
    echo "$commit: $(( (many - zero) / n )) instructions per posting ($n postings)"
fi
