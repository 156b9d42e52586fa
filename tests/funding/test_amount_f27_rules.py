"""amount_f27 (issue 13): amounts and kinds tuning_batch68 missed, fixed as patterns of the language seen at two or more
tuning publishers. Lines are real (cited by fixture id) unless named SYNTHETIC."""

from __future__ import annotations

from talentintel.funding import cjk
from talentintel.funding.kind import other_reason


def test_ja_sum_the_news_follows_is_an_earlier_raise() -> None:
    # b68-venturetimes-ispace-series-a-extension-101-5-to-103-5-oku-ja (tuning_batch68): the December 2017 allotment the
    # add-on follows, then the Series A running total; the add-on's own size is unwritten -> no amount
    text = (
        "同資金調達は2017年12月実施の株式会社産業革新機構、株式会社日本政策投資銀行、及び民間事業会社等全12社の新規株主を"
        "引受先とする、総額101.5億円の第三者割当増資に続く追加投資であり、ispaceによるシリーズA累計調達額は103.5億円となる。"
    )
    assert cjk._amount(text) is None
    # SYNTHETIC: the round named after "に続く" is still read
    found = cjk._amount("シリーズAに続くシリーズBで、同社は10億円の資金調達を実施した。")
    assert found is not None and found[0] == 10e8


def test_raise_told_as_a_secondary_sale_is_other() -> None:
    # b68-theindiancommunity-lenskart-200m-secondary-en (tuning_batch68)
    text = (
        "New Delhi: Indian eyewear retailer Lenskart has raised US$200 million in a secondary investment from Temasek "
        "and Fidelity Management & Research Company (FMR), according to a statement from Avendus."
    )
    assert other_reason(text) == "secondary"
    # newsstreetlive's smallcase (tuning_batch7 sense): a mix of primary and secondary brings new money -> a round
    mixed = (
        "India's largest model portfolios platform smallcase raised $50 million in its Series D funding round with a mix "
        "of primary and secondary led by Elev8 Venture Partners."
    )
    assert other_reason(mixed) is None


def test_id_money_still_being_looked_for_is_not_closed() -> None:
    # b68-hariankepri-didi-seeking-6bn-usd-79-triliun-id (tuning_batch68)
    text = (
        "JAKARTA – Perusahaan ride sharing asal China, Didi Chuxing, tengah mencari investasi baru sekitar USD 6 miliar "
        "atau Rp 79 triliun. Bila jumlah itu tercapai, maka Didi akan menjadi startup paling bernilai melewati Xiaomi."
    )
    assert other_reason(text) == "not closed"
    # SYNTHETIC: a closed Indonesian round stays a round
    assert (
        other_reason("Startup X berhasil meraih pendanaan seri A senilai US$10 juta yang dipimpin East Ventures.")
        is None
    )
