"""A name the text cites as its news source is no candidate of the span model (company_news_source, company_f24b)."""

from __future__ import annotations

from talentintel.funding.company_news_source import news_sources, without_bylines
from talentintel.funding.company_span import choose

# binsq-ionet (tuning_more.jsonl, https://www.binance.com/sv/square/post/2024-05-01-decentralized-ai-network-on-solana-
# faces-challenges-7495221098394): the shipped hybrid took "PANews" over the rules' io.net.
IONET = (
    "According to PANews, a decentralized computing network built on Solana, known as io.net, has raised funding from "
    "Mult1C0in Capital and Moonhill Capital. The exact amount of funding has not been disclosed."
)


def test_english_attribution_is_a_source() -> None:
    assert news_sources(IONET) == {"PANews"}
    # b21-harmattan-hyperiondev-zar (theharmattannews.com): "According to ASIP, the finalists, emerged from ...".
    assert news_sources("According to ASIP, the finalists, emerged from an intensive two-day sele") == {"ASIP"}


def test_translated_byline_names_the_outlet_and_is_dropped() -> None:
    # b15-odaily-puffer-yieldnest (tuning_batch15.jsonl, https://www.odaily.news/post/5194926).
    head = "Original author: Grapefruit, ChainCatcher\nOriginal editor: Marco, ChainCatcher\nWithin one month, Binance"
    assert news_sources(head) == {"ChainCatcher"}
    assert without_bylines(head) == "Within one month, Binance"


def test_korean_report_verb_names_the_source() -> None:
    # hs8-einfomax-cambricon-ko (tuning_hs8.jsonl, http://news.einfomax.co.kr/news/articleView.html?idxno=3454319).
    text = (
        "캄브리콘 테크놀로지가 회사 가치를 25억 달러(2조7천702억5천만 원)로 평가받는 추가 차입에 성공했다고 "
        "차이신이 20일 보도했다.\n\n차이신에 의하면 캄브리콘은 중국 국유 투자펀드 산하 SDIC 벤처 캐피털이 주도해"
    )
    assert news_sources(text) == {"차이신"}


def test_hybrid_keeps_the_rules_raiser_over_the_source() -> None:
    assert choose(IONET, "io.net", mode="hybrid") == "io.net"


def test_the_rules_own_choice_is_never_dropped() -> None:
    # A text may cite its raiser as the source; only the model's other candidates lose the name.
    assert choose(IONET, "PANews", mode="hybrid") == "PANews"
