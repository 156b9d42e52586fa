"""tag41perf: the per-sentence answers kept by sentence_memo must be the answers read afresh (issue 18).
Every text here is SYNTHETIC: random strings of sentences, headers and the words the per-sentence rules read."""

import random

from talentintel.tagging import sector
from talentintel.tagging.sentence_memo import SentenceMemo, forget
from talentintel.tagging.taxonomy import Term

_SENTENCES = (
    "We build machine learning models for fraud detection.",
    "Experience with blockchain is a plus.",
    "Design and build AI agents for our customers.",
    "We use AI agents to draft replies.",
    "Python, Rust, AI, blockchain, SQL",
    "Our clients include banks, crypto exchanges and AI labs.",
    "加分项：有区块链经验者优先",
    "负责AI Agent的设计与开发",
    "We are an AI-native company building LLM inference infrastructure.",
    "Equal opportunity employer: we may use AI in hiring.",
    "Web3 and AI meet here: decentralized inference on-chain.",
    "We’re hiring a DeFi protocol engineer.",
    "Nice to have:",
    "Benefits",
    "Requirements:",
    "Responsibilities",
    "",
)
_GLUE = ("\n", "\n", " ", "\n\n", " • ")


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_SENTENCES) + rng.choice(_GLUE) for _ in range(rng.randint(1, 12)))


def _afresh(text: str, sentences: bool) -> list[list[Term]]:
    forget()
    return sector.sentence_hits(text, sentences=sentences)


def test_kept_answers_are_fresh_answers() -> None:
    # SYNTHETIC: the same sentences under main and minor headers, in texts with and without an agent cue, read with a
    # memo filled by the texts before and with an empty one
    rng = random.Random(41)
    texts = [_text(rng) for _ in range(400)]
    for sentences in (True, False):
        kept = [sector.sentence_hits(text, sentences=sentences) for text in texts]
        kept += [sector.sentence_hits(text, sentences=sentences) for text in texts]  # all kept the second time
        fresh = [_afresh(text, sentences) for text in texts]
        assert kept == fresh + fresh


def test_an_answer_is_not_shared() -> None:
    # SYNTHETIC: a caller that changes the lists it gets does not change the kept answer
    text = "We build machine learning models.\nWe build machine learning models."
    first = sector.sentence_hits(text, sentences=True)
    first[0].clear()
    assert sector.sentence_hits(text, sentences=True) == _afresh(text, True)
    assert len(_afresh(text, True)) == 2


def test_memo_bounds_and_owner() -> None:
    memo = SentenceMemo(size=2, longest=5)
    calls: list[list[int]] = []

    def fresh_of(keys: list[tuple[str, int]]):  # type: ignore[no-untyped-def]
        def fresh(todo: list[int]) -> list[str]:
            calls.append(todo)
            return [keys[k][0].upper() for k in todo]

        return fresh

    keys = [("ab", 0), ("ab", 0), ("ab", 1), ("toolong", 0)]
    assert memo.read("o", keys, fresh_of(keys)) == ["AB", "AB", "AB", "TOOLONG"]
    assert calls == [[0, 2, 3]]  # each distinct key once
    assert memo.read("o", keys, fresh_of(keys)) == ["AB", "AB", "AB", "TOOLONG"]
    assert calls[-1] == [3]  # a sentence longer than `longest` is not kept
    more = [("cd", 0)]
    assert memo.read("o", more, fresh_of(more)) == ["CD"]
    assert len(memo._kept) == 1  # at most `size`: when full, all went
    assert memo.read("p", more, fresh_of(more)) == ["CD"]
    assert calls[-1] == [0]  # a new owner (a reloaded taxonomy) starts afresh


def test_kept_line_roles_and_self_descriptions() -> None:
    # SYNTHETIC: section kinds and self-described sectors read with the per-line caches filled are those read afresh
    from talentintel.tagging import sections, self_description, taglines

    rng = random.Random(42)
    texts = [_text(rng) for _ in range(300)]
    for text in texts + texts:
        low = text.lower()
        parts = sections.split_sentences(low)
        kind, expected = sections.MAIN, []
        for part in parts:
            kind = sections.header_role(part) or kind
            expected.append(kind)
        assert sections.section_kinds(parts) == expected
        tax = self_description.taxonomy()
        for part in self_description._intro_parts(text):
            assert self_description._kept_sectors(tax, part) == self_description._described_sectors(tax, part)
        for line in taglines._opening_lines(low[:400]):
            assert taglines._line_sectors(tax, line) == taglines._line_sectors.__wrapped__(tax, line)
    # "We build AI agents": AI the employer makes (self_description._MADE_AI, tag58)
    assert self_description.intro_sectors("Acme is a crypto exchange. We build AI agents.") == {"crypto", "ai"}
    assert self_description.intro_sectors("Acme is a crypto exchange. We use AI agents.") == {"crypto"}


def test_forget_empties_every_kept_answer() -> None:
    # SYNTHETIC: after forget() nothing is kept (bench_tagging.py --cold relies on it)
    from talentintel.tagging import sections, self_description, taglines
    from talentintel.tagging.tagger import tag_posting

    text = "Acme is a crypto exchange.\nRequirements:\nWe build machine learning models."
    tag_posting(title="Engineer", description=text)
    assert sector._MEMO._kept and sections._kept_role.cache_info().currsize
    forget()
    assert not sector._MEMO._kept
    for cache in (sections._kept_role, self_description._kept_sectors, taglines._line_sectors):
        assert cache.cache_info().currsize == 0
