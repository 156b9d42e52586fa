"""amount_f26 (issue 13): amounts and round names the tuning view missed on two or more publishers, fixed as patterns of
the language. Lines are real (cited by fixture id) unless named SYNTHETIC."""

from __future__ import annotations

from talentintel.funding import cjk
from talentintel.funding.rounds import classify_round


def test_ko_valuation_told_after_its_figure_with_a_hedge_or_bare_value() -> None:
    # b17-1cup-daangn (tuning_batch17): "3조 가치를 인정받고" is the valuation, the round is 1800억
    found = cjk._amount("당근마켓이 21년 8월 3조 가치를 인정받고 약 1800억 규모 투자유치를 했습니다.")
    assert found is not None and found[0] == 1800e8
    # b61-newsworker-yanolja-180m-usd-2128eok-won-gic-booking-ko (tuning_batch61): "1조 원 이상의 기업가치평가"
    found = cjk._amount(
        "◆ 야놀자, 1조 원 이상의 기업가치평가 받으며 국내 8번째 ‘유니콘’ 기업 등극…싱가포르투자청(GIC)과 부킹홀딩스 "
        "야놀자에 2,000억 원 규모의 거액 투자해"
    )
    assert found is not None and found[0] == 2000e8
    # SYNTHETIC: the same hedged forms with no round after them give no amount at all
    assert cjk._amount("무신사는 3조 원대의 기업가치를 인정받아 투자를 유치했다.") is None
    assert cjk._amount("이번 투자에서 약 10조원 수준의 기업가치를 인정받아 투자 유치했다.") is None


def test_ko_won_sum_before_a_value_word_that_is_no_valuation_stays_the_round() -> None:
    # b58-estimastory-viva-republica-toss-90bn-krw-ko (tuning_batch58): the round before "1조3천억원 기업가치로"
    found = cjk._amount(
        "한달전인 12월 토스는 실리콘밸리의 명문VC인 클라이너퍼킨스와 리빗캐피탈에서 약 900억원을 1조3천억원 기업가치로 투자받아"
    )
    assert found is not None and found[0] == 900e8


def test_convertibles_in_italian_and_arabic_are_debt() -> None:
    # b52-thecryptogateway-animoca-110m-convertible-temasek-it (tuning_batch52)
    assert (
        classify_round(
            "L’ultimo round, secondo l’azienda australiana, sarebbe stato condotto come una vendita di obbligazioni "
            "convertibili emesse a un prezzo di 4,50 dollari."
        )
        == "debt"
    )
    # s22-asharqbusiness-pure-harvest-180-5m-convertible-ar (tuning_hs22)
    assert (
        classify_round("الجولة الأخيرة، التي تم تنظيمها باعتبارها تمويلاً قابلاً للتحويل، ترفع إجمالي المبالغ") == "debt"
    )
    # SYNTHETIC: a convertible named beside equity stays no single round
    assert classify_round("Un round in equity e in obbligazioni convertibili da 10 milioni di euro.") is None


def test_ja_loan_agreement_is_debt() -> None:
    # b64-wwdjapan-spiber-65-oku-yen-loans-lease-300-oku-total-ja (tuning_batch64)
    text = (
        "スパイバー(山形県)は4月23日、三菱UFJ銀行などと総額65億円の資金調達契約を締結したと発表した。"
        "三菱UFJ銀行のほか、地元の山形銀行、荘内銀行、鶴岡信用金庫と50億円の融資契約を結んだ。"
    )
    assert cjk._round(text) == "debt"
    # c5-mobyinfo-byd-semiconductor-a-plus's sense: a Chinese round's "融資" translated stays a round, not debt
    assert cjk._round("19億元のAラウンド融資を完了した。") != "debt"
