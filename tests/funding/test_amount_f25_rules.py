"""amount_f25 (issue 13): round amounts tuning_batch61 missed at first sight, fixed as patterns of the language. Lines are
real (cited by fixture id in tests/fixtures/funding/tuning_batch61.jsonl) unless named SYNTHETIC."""

from __future__ import annotations

from talentintel.funding import cjk
from talentintel.funding.money import round_amount
from talentintel.funding.money_languages import not_the_round


def test_zh_post_money_valuation_before_the_raise() -> None:
    # b61-aivc-anthropic-3-5bn-series-e-61-5bn-valuation-g-round-zh: 筹集 raises, 的投后估值 values
    found = cjk._amount("Anthropic以615亿美元的投后估值筹集了35亿美元资金。")
    assert found is not None and found[0] == 3.5e9
    assert cjk._amount("# Anthropic以615亿美元投后估值完成E轮融资") is None


def test_ja_katakana_valuation_and_capital_increase() -> None:
    # b61-thestartupjp-mercari-50oku-yen-increase-2519oku-valuation-ja
    assert (
        cjk._amount("約2年ぶりの大型調達となりますが、ポスト・バリュエーションは約2倍の2,519億円となりました。") is None
    )
    found = cjk._amount("実はしれっと2週間前に約50億円の増資を実行していたとは!")
    assert found is not None and found[0] == 5e9 and found[1] == "JPY"


def test_id_total_an_addition_brings() -> None:
    # b61-kastara-gojek-1-2bn-usd-rp-18-triliun-id, b61-sumatratimes-gojek-1-2bn-usd-series-f-nearly-3bn-id
    assert not_the_round("Tambahan investasi ini membuat pendanaan Gojek kini bernilai ", " dolar AS")
    assert not_the_round(
        "Tambahan investasi ini membuat pendanaan Gojek kini bernilai 3 miliar dolar AS atau sekitar Rp ", ""
    )
    assert not_the_round("Dengan tambahan dana tersebut, membuat GoJek sudah mengumpulkan hampir US$ ", "")
    assert not not_the_round("perusahaan aplikasi transportasi online itu mendapat dana sebesar ", " dolar AS")


def test_id_round_told_with_mendapat() -> None:
    # b61-sumatratimes-gojek-1-2bn-usd-series-f-nearly-3bn-id
    text = (
        "Jakarta – Salah satu aplikator penyedia jasa ojek online (ojol), GoJek dikabarkan mendapat suntikan dana "
        "sebesar US$ 1,2 miliar atau setara dengan Rp 18 triliun (kurs Rp 15.000/US$) dari investor.\n"
        "Dana ini untuk melakukan persaingan dengan Grab yang semakin ketat. Suntikan dana baru itu dirampungkan akhir "
        "minggu lalu. Dengan tambahan dana tersebut, membuat GoJek sudah mengumpulkan hampir US$ 3 miliar dalam "
        "putaran pendanaan seri F."
    )
    found = round_amount(text)
    assert found is not None and found[0].amount == 1.2e9


def test_de_so_far_after_the_auxiliary() -> None:
    # b61-yahoode-n26-100m-usd-extension-470-570m-eur-de
    assert not_the_round("Unterm Strich hat N26 bislang rund ", " Millionen Dollar von Investoren eingesammelt.")
    # SYNTHETIC: "so far" ranking a round is no total
    assert not not_the_round("Das ist die bisher größte Runde mit ", " Millionen Euro")
