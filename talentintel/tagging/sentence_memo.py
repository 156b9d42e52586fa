"""The per-sentence rules' answer, kept per unique sentence: a sentence read once is not read again.

sector.sentence_hits reads a description sentence by sentence (the phrase scan, the vetoes, the mention tests), and
each sentence's answer depends on the sentence alone, its section's kind and whether the field is read as sentences
(the text-wide agent cue only gates a test that needs the word in the sentence itself): with those in the key, a
kept answer is the answer. Job boards
repeat sentences: an employer's postings share their about-us, benefits and equal-opportunity paragraphs, and the
headings ("requirements:", "benefits") recur everywhere; in the labeled dev set, in file order, 51% of the sentences
were read before (19% earlier in the same description). The sentences not kept are read in one pass, as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Protocol, TypeVar, cast

Value = TypeVar("Value")
_FORGETS: list[Callable[[], None]] = []  # every memo and kept_per_line cache, for forget()
Key = tuple[str, Hashable]  # the sentence first: its length decides whether it is kept
_MISSING = object()


class SentenceMemo:
    """Answers per key, at most `size` of them (when full, all go); keys whose sentence is longer than `longest`
    characters are not kept, which bounds the memory (size * longest characters at worst)."""

    def __init__(self, size: int, longest: int) -> None:
        self.size, self.longest = size, longest
        self._owner: object = None
        self._kept: dict[Key, object] = {}
        _FORGETS.append(self._kept.clear)

    def read(
        self,
        owner: object,
        keys: Sequence[Key],
        fresh: Callable[[list[int]], Sequence[Value]],
    ) -> list[Value]:
        """The answer for each key (a sentence and what else it depends on); `fresh` reads the positions of the keys
        not kept, each distinct key once, in one call. Answers are kept per owner (the loaded taxonomy): a new
        owner starts afresh."""
        if owner is not self._owner:
            self._owner = owner
            self._kept.clear()
        kept = self._kept
        out: list = [kept.get(key, _MISSING) for key in keys]
        todo: dict[Key, int] = {}
        for k, value in enumerate(out):
            if value is _MISSING:
                todo.setdefault(keys[k], k)
        if not todo:
            return out
        answers = dict(zip(todo, fresh(list(todo.values())), strict=True))
        for key, value in answers.items():
            if len(key[0]) <= self.longest:
                if len(kept) >= self.size:
                    kept.clear()  # full: start afresh (one C call, safe between threads, unlike evicting the oldest)
                kept[key] = value
        return [answers[key] if value is _MISSING else value for key, value in zip(keys, out, strict=True)]


LINES = 8192  # answers kept per cache: at ~100 characters a line, about a megabyte
LONGEST = 1_000  # characters: a longer sentence or line is read afresh each time, which bounds the memory


class KeptPerLine(Protocol[Value]):
    """A per-line reader whose answers are kept (functools.lru_cache, LINES of them) for lines of at most LONGEST
    characters, the line being the reader's last argument; forget() empties it too."""

    __wrapped__: Callable[..., Value]
    cache_info: Callable[[], Any]

    def __call__(self, *args: Any) -> Value: ...


def kept_per_line(read: Callable[..., Value]) -> KeptPerLine[Value]:
    """Keep a per-line reader's answers (its last argument is the line); forget() empties them. A closure, not an
    object with __call__: calling an instance cost 0.3 us more a call, ~28 calls a posting."""
    cached = functools.lru_cache(maxsize=LINES)(read)
    _FORGETS.append(cached.cache_clear)

    def kept(*args: Any) -> Value:
        return cached(*args) if len(args[-1]) <= LONGEST else read(*args)

    functools.update_wrapper(kept, read)  # __wrapped__, and the reader's name and doc
    kept.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return cast(KeptPerLine[Value], kept)


def forget() -> None:
    """Empty every kept answer: `bench/bench_tagging.py --cold` tags each posting as if no sentence of it had been read
    before (a kept answer is the answer, so outputs do not change)."""
    for clear in _FORGETS:
        clear()
