"""Rules added from the misses of tuning_hs17 (the session-17 holdout, moved to tuning; branch fund79).

Each real sentence is quoted from its row (id in tests/fixtures/funding/tuning_hs17.jsonl, url there); variants marked
SYNTHETIC are written here to probe the same construction in other words and are in no dev, tuning or holdout file.
"""

from talentintel.funding.cjk import extract as cjk_extract
from talentintel.funding.cjk_glued_descriptor import without_descriptor
from talentintel.funding.company_discourse import is_discourse_word
from talentintel.funding.company_ticker_sale import ticker_sale_issuer
from talentintel.funding.debt_parties import borrower, lender_lead
from talentintel.funding.investor_lists import lead_investors
from talentintel.funding.money_target import planned_size
from talentintel.funding.openers import is_sentence_adverb
from talentintel.funding.rounds import classify_round
from talentintel.funding.vietnamese import raiser

# hs17-cryptotale-northern-data-575m-eur-tether-loan
NORTHERN = (
    "Northern Data AG, a prominent player in the technology sector, has recently secured a substantial debt financing "
    "facility amounting to EUR 575 million from a company affiliated with the Tether Group."
)
# hs17-chainreport-sharon-ai-500m-usd-ai-gpu-loan
SHARON = "Sharon AI arranged a debt facility of up to $500 million with USD.AI, positioning the line as a non-recourse"


def test_a_loans_one_lender_is_its_lead_and_the_arranger_its_borrower() -> None:
    assert lender_lead(NORTHERN) == ["Tether Group"]
    assert lender_lead(SHARON) == ["USD.AI"]
    assert borrower(SHARON) == "Sharon AI"
    # SYNTHETIC: a syndicate names no single lender.
    assert lender_lead("Acme signed a $40 million term loan with Silicon Valley Bank and Hercules Capital.") == []
    assert lender_lead("Acme drew a loan from a Blue Owl Capital affiliate.") == ["Blue Owl Capital"]  # SYNTHETIC


def test_japanese_loan_is_debt_with_its_lender() -> None:
    # hs17-gfa-bitfarms-300m-macquarie-loan-ja
    text = "ビットコインマイニング企業のBitfarmsは、オーストラリアの金融大手Macquarie Groupと最大3億ドルのローン契約を締結し"
    found = cjk_extract(text)
    assert (found.round, found.leads) == ("debt", ["Macquarie Group"])
    # b20-ronpyousha-alt-d: "AIクローン" holds ローン inside a katakana word, no loan.
    assert cjk_extract("「AIクローン技術」という言葉で市場の期待を集めてきた。").round is None
    assert without_descriptor("ビットコインマイナーBitfarms", text) == "Bitfarms"
    assert without_descriptor("オープンAI", "オープンAIは") == "オープンAI"  # b38-auone-openai-9600oku-ja


def test_chinese_strategic_investment_abbreviated_names_its_one_investor() -> None:
    # hs17-wallstreetcn-horizon-robotics-chery-strategic-zh
    found = cjk_extract("9月26日,地平线官宣获得奇瑞汽车战投并完成交割,该资金将主要用于车载智能芯片的研发。")
    assert (found.round, found.leads) == ("strategic", ["奇瑞汽车"])
    # c3-shrmw-aispeech-pre-ipo: a sum and a stage before 战略投资 are no investor.
    assert cjk_extract("思必驰宣布获得数亿元人民币Pre-IPO轮战略投资。").leads == []


def test_lettered_tranche_and_ticker_sale() -> None:
    # hs17-defencepk-horizon-robotics-350m-c3-great-wall
    assert classify_round("Other participants in the C-3 round of financing included electric carmaker BYD") == (
        "series_c"
    )
    # hs17-axsonex-fetch-ai-binance-launchpad-token-sale
    assert ticker_sale_issuer("25 Feb 2019: Fetch AI (FET) token sale commences at 2019/02/25") == "Fetch AI"


def test_openers_and_possessive_group_names() -> None:
    assert is_sentence_adverb("Well") and is_sentence_adverb("Commercially")  # hs17 cerebras, sharon-ai
    assert is_discourse_word("不出意外")  # hs17-huxiu-sensetime-600m-series-c-alibaba-zh
    # hs17-abc7news-graphcore-222m-series-e-otpp
    text = "The latest round of funding was led by the Ontario Teachers’ Pension Plan Board, while other investors"
    assert lead_investors(text) == ["Ontario Teachers’ Pension Plan Board"]
    assert lead_investors("The round was led by Peter Thiel’s Founders Fund.") == ["Founders Fund"]  # SYNTHETIC


def test_planned_size_is_not_the_amount() -> None:
    # hs17-whatthefuture-crusoe-686m-of-818m
    assert planned_size("has secured $686 million as part of a planned ", " raise.")
    assert planned_size("has already brought in $686 million toward the ", " total it hopes to raise.")
    assert not planned_size("has raised a ", " Series B round.")


def test_vietnamese_described_subject_with_a_founded_by_clause() -> None:
    # hs17-tienphong-xai-20bn-series-e-vi
    text = (
        "TPO - Startup trí tuệ nhân tạo xAI do tỷ phú Elon Musk sáng lập vừa thông báo huy động thành công 20 tỷ USD "
        "trong vòng gọi vốn Series E mở rộng."
    )
    assert raiser(text) == "xAI"
