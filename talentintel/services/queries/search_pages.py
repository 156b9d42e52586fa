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
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, Interval, Select, literal_column, select, tuple_

from talentintel.services.queries import keyset
from talentintel.services.queries.tables import JOBS

# Jobs tested one by one before the GIN index is asked instead. A walk costs ~1-2 us per job (the row is read for
# its search vector); a page of matches older than the window is at most ~page/WINDOW of the jobs to sort.
WINDOW = 5000


def branches(
    filters: list[ColumnElement[bool]],
    match: ColumnElement[bool],
    by_date: keyset.SortKey,
    key: ColumnElement[Any],
    take: Any,
) -> list[Select[Any]]:
    """[newest, older]: (id, sort_key) of the first `take` jobs passing `filters` and `match` in by_date's order,
    `key` as their sort key. `filters` include the cursor's condition; by_date is a descending (date, id) key."""
    # Numbers in the statement's text, not parameters (pg_read binds only the filters' values; see jobs.page_statement)
    window, before_last = literal_column(str(WINDOW), Integer()), literal_column(str(WINDOW - 1), Integer())
    # The walk reads only the date index (the filters' columns are INCLUDEd: index-only), then each of its jobs is
    # read by id for the search test; testing in the walk itself read every job the filters then dropped
    # (sector=crypto&region=europe: 55,000 rows for 5,000 passing, 270 ms).
    walk = select(JOBS.c.id.label("id"), key.label("sort_key"), by_date.key.label("walk_key")).where(*filters)
    walked = walk.order_by(*keyset.order(by_date)).limit(window).subquery()
    # Each walked job is read by id and tested. The test is an output column behind OFFSET 0 (a planner fence):
    # as a WHERE condition PostgreSQL turned it into a GIN bitmap of every match hashed against the walk (again
    # by its guess of how many match: 380 ms for `rust engineer`).
    tested = (
        select(walked.c.id, walked.c.sort_key, match.label("hit"))
        .select_from(walked.join(JOBS, JOBS.c.id == walked.c.id))
        .order_by(*keyset.order(by_date, walked.c.walk_key, walked.c.id))
        .offset(literal_column("0", Integer()))
        .subquery()
    )
    # The ORDER BY above costs no sort when the join keeps the walk's order (a nested loop: PostgreSQL knows the
    # walk is in that order) and makes the page the newest matches whatever join is picked. No ORDER BY here: it
    # would test all WINDOW jobs before the LIMIT.
    newest = select(tested.c.id, tested.c.sort_key).where(tested.c.hit).limit(take)

    def last(column: Any) -> Any:
        return (
            select(column)
            .where(*filters)
            .order_by(*keyset.order(by_date))
            .offset(before_last)
            .limit(literal_column("1", Integer()))
        )

    # Older than the window's last job (none when fewer jobs pass the filters: the comparison is then NULL).
    boundary = tuple_(last(by_date.key).scalar_subquery(), last(JOBS.c.id).scalar_subquery())
    not_the_index = by_date.key + literal_column("interval '0 seconds'", Interval())  # same order, not the index's
    older = (
        select(JOBS.c.id.label("id"), key.label("sort_key"))
        .where(*filters, match, tuple_(by_date.key, JOBS.c.id) < boundary)
        .order_by(not_the_index.desc(), JOBS.c.id.desc())
        .limit(take)
    )
    return [newest, older]
