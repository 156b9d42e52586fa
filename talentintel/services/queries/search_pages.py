"""Full-text page ids on PostgreSQL that do not depend on the planner guessing how many jobs match (issue 19).

A page of matches in date order can be read two ways: walk the date index and test each job until the page is full
(fast when many jobs match), or read every match from the GIN index and sort them (fast when few do). PostgreSQL
picks by its estimate of the matches, and full-text estimates are often far off: at 1,000,000 bench jobs `zk*`
(no match, estimated 5,000) walked the whole index (2.1-2.8 s), and `rust engineer` in titles (53,000 matches,
estimated 1,100: title and text words are not independent) read and sorted them all (780 ms).

So each page is read as two branches, in turn, that give the same rows as the one query:
- `newest`: the newest WINDOW jobs passing the other filters (a walk of the date index that stops there), tested
  against the search; when the page fills from them, the second branch never runs (Append stops at the LIMIT);
- `older`: the matches older than the WINDOW-th of those jobs, read from the GIN index and sorted (its ORDER BY
  is not the index's, so PostgreSQL cannot turn it into a walk). It runs only when fewer than a page of matches
  are among the newest WINDOW jobs, so the matches it sorts are at most about page/WINDOW of the jobs.

The walked and tested jobs are one `window` (a MATERIALIZED common table expression, read lazily): each job is
read and tested once, however many branches read it (both relevance tiers: title matches, then the rest), and the
older branches' boundary (the window's last job) is read from it instead of walking the filters' index again. With
q + sector + region at 1,000,000 jobs the two tiers had walked ~60,000 index entries four times and read 5,000 jobs
twice (184 ms alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import CTE, ColumnElement, Integer, Interval, Select, literal_column, select, tuple_, union_all

from talentintel.services.queries import keyset
from talentintel.services.queries.tables import JOBS

# Jobs tested one by one before the GIN index is asked instead. A walk costs ~1-2 us per job (the row is read for
# its search vector); a page of matches older than the window is at most ~page/WINDOW of the jobs to sort.
WINDOW = 5000


def window(
    filters: list[ColumnElement[bool]],
    grade: ColumnElement[int],
    by_date: keyset.SortKey,
    name: str,
    classes: Sequence[ColumnElement[bool]] = (),
) -> CTE:
    """The newest WINDOW jobs passing `filters` in by_date's order (a descending (date, id) key): (id, walk_key,
    grade), `grade` an integer computed once per job from its row (which branch's search it matches, 0 for none).
    `filters` include the cursor's condition. `classes`: one condition per sector class the filters allow, walked
    as one index scan each (the sector's date index), merged in order."""
    # A number in the statement's text, not a parameter (pg_read binds only the filters' values; see
    # jobs.page_statement)
    limit = literal_column(str(WINDOW), Integer())

    # The walk reads only the date index (the filters' columns are INCLUDEd: index-only), then each of its jobs is
    # read by id for the search test; testing in the walk itself read every job the filters then dropped
    # (sector=crypto&region=europe: 55,000 rows for 5,000 passing, 270 ms).
    def walk(*extra: ColumnElement[bool]) -> Select[Any]:
        stmt = select(JOBS.c.id.label("id"), by_date.key.label("walk_key")).where(*filters, *extra)
        return stmt.order_by(*keyset.order(by_date)).limit(limit)

    if classes:  # crypto = crypto + both: ix_jobs_status_date dropped ~92% of the entries it read for crypto + europe
        merged = union_all(*(walk(c) for c in classes)).subquery("classes")
        walked = (
            select(merged.c.id, merged.c.walk_key)
            .order_by(*keyset.order(by_date, merged.c.walk_key, merged.c.id))
            .limit(limit)
            .subquery()
        )
    else:
        walked = walk().subquery()
    # The grade is an output column of a MATERIALIZED CTE (a planner fence): as a WHERE condition PostgreSQL turned
    # it into a GIN bitmap of every match hashed against the walk (by its guess of how many match: 380 ms for
    # `rust engineer`). The ORDER BY costs no sort when the join keeps the walk's order (a nested loop: PostgreSQL
    # knows the walk is in that order) and the CTE's rows are read back in the order they were made.
    tested = (
        select(walked.c.id, walked.c.walk_key, grade.label("grade"))
        .select_from(walked.join(JOBS, JOBS.c.id == walked.c.id))
        .order_by(*keyset.order(by_date, walked.c.walk_key, walked.c.id))
    )
    return tested.cte(name).prefix_with("MATERIALIZED")


def branches(
    filters: list[ColumnElement[bool]],
    walked: CTE,
    grade: int,
    match: ColumnElement[bool],
    by_date: keyset.SortKey,
    shift: Callable[[Any], Any],
    take: Any,
) -> list[Select[Any]]:
    """[newest, older]: (id, sort_key) of the first `take` jobs passing `filters` and `match` in by_date's order,
    shift(date) as their sort key. `walked` is window(filters, ...), whose jobs matching `match` have this `grade`."""
    # No ORDER BY here: the window's rows come in its order, and an ORDER BY would test all WINDOW jobs before the
    # LIMIT.
    newest = select(walked.c.id.label("id"), shift(walked.c.walk_key).label("sort_key"))
    newest = newest.where(walked.c.grade == literal_column(str(int(grade)), Integer())).limit(take)

    def last(column: Any) -> Any:
        before_last = literal_column(str(WINDOW - 1), Integer())
        ordered = select(column).order_by(*keyset.order(by_date, walked.c.walk_key, walked.c.id))
        return ordered.offset(before_last).limit(literal_column("1", Integer())).scalar_subquery()

    # Older than the window's last job (none when fewer jobs pass the filters: the comparison is then NULL).
    boundary = tuple_(last(walked.c.walk_key), last(walked.c.id))
    not_the_index = by_date.key + literal_column("interval '0 seconds'", Interval())  # same order, not the index's
    older = (
        select(JOBS.c.id.label("id"), shift(by_date.key).label("sort_key"))
        .where(*filters, match, tuple_(by_date.key, JOBS.c.id) < boundary)
        .order_by(not_the_index.desc(), JOBS.c.id.desc())
        .limit(take)
    )
    return [newest, older]
