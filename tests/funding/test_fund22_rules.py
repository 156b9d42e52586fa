"""Rules of branch fund22: the fund-amount convention in the parser (fund_target_fallback), the operator a Japanese or
Chinese fund text names by its role (fund_cjk_operator) and a manager's home town (fund_manager_place).

The texts are tuning rows, read by id from their fixture files (real, cited in PROVENANCE); the variants marked
SYNTHETIC probe the same construction in other words and are in no dev, tuning or holdout file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.fund_cjk_operator import clause_fragment, named_operator, topic_firm
from talentintel.funding.fund_manager_place import without_home_town
from talentintel.funding.fund_target_fallback import share_committed, stated_target

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "funding"


def _row(file: str, row_id: str) -> dict:
    for line in (FIXTURES / file).read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == row_id:
            return row
    raise KeyError(row_id)


def _head(file: str, row_id: str):
    row = _row(file, row_id)
    published = date.fromisoformat(row["published"]) if row.get("published") else None
    return parse_deals(row["text"], published=published, source=row.get("url"))[0]


@pytest.mark.parametrize(
    ("file", "row_id", "manager", "usd"),
    [
        # a target alone is the fund's figure (rule 3)
        ("tuning_funds2.jsonl", "thebridge-incubate-iflp2", "インキュベイトファンド", 76_069_344.81),
        ("tuning_funds17.jsonl", "f17-vcmagazin-wellington-iv-first-closing", "Wellington Partners", 135_593_220.34),
        ("tuning_hs14.jsonl", "hs14-excluto-miyako-capital-20bn-yen-deep-tech-fund", "Miyako Capital", 141_000_000.0),
        # a share of a stated figure said committed (rule 1)
        ("tuning_funds14.jsonl", "f14-thedayspring-sai-venture-capital-pkr-fund", "Sai Venture Capital", 4_000_000.0),
        # the operator named by its role over the sponsoring banks and unions
        ("tuning_funds23.jsonl", "f23-jiji-three-regional-banks-fund-3bn-yen", "静岡キャピタル", 20_040_080.16),
        ("tuning_funds23.jsonl", "f23-minyu-credit-unions-agri-fund-3-6oku", "恒信サービス", 2_404_809.62),
        ("tuning_funds23.jsonl", "f23-trims-morioka-shinkin-kigyo-fund", "盛岡信用金庫", 626_935.66),
    ],
)
def test_fund_rows_read_by_the_convention(file: str, row_id: str, manager: str, usd: float) -> None:
    head = _head(file, row_id)
    assert head.kind == "fund"
    assert head.company == manager
    assert head.amount_usd == pytest.approx(usd, rel=0.02)


def test_share_of_a_stated_figure_is_money_in_hand() -> None:
    # hs21b-craincurrency-vms-3cap-agi-fund-launch-en
    text = "Local conglomerate billionaire families have committed about half of the targeted $150 million, said Elton."
    assert share_committed(text).amount == pytest.approx(75e6)
    # hs19-faz-alpha-intelligence-185m-fund-half-raised-de
    de = "Etwa die Hälfte des geplanten Fondsvolumens von 185 Millionen Dollar sind bisher von gut 150 Anlegern gekommen."
    assert share_committed(de).amount == pytest.approx(92.5e6)
    # f19-investvic-rampersand-second-fund-raising
    aud = "Rampersand announced it is in the process of raising up to A$50 million for its second fund, with almost half raised."
    size = share_committed(aud)
    assert size.currency == "AUD" and size.amount == pytest.approx(25e6)
    # SYNTHETIC: a share with no stated base says no amount
    assert share_committed("The fund is currently 40% committed, its manager said.") is None


def test_stated_target_reads_targets_not_ranges_or_cheques() -> None:
    # hs14-nestia-healthkois-300m-target-fund
    nestia = (
        "HealthKois has launched a new healthcare investment fund with a target of US$300 million, plus a green shoe."
    )
    assert stated_target(nestia).amount == pytest.approx(300e6)
    # f19-eurradio-dtcp-defence-fund-anchor-close: the dollar restatement wins
    dtcp = "signing its first big backers for a fund targeting €500 million ($580 million)."
    assert stated_target(dtcp).amount == pytest.approx(580e6)
    # hs19-wallstreetonline-eu-eif-ai-blockchain-fund-de: a range is no figure
    assert (
        stated_target("Kommendes Jahr sollen so zwischen 300 und 400 Millionen Euro in die Bereiche fließen.") is None
    )
    # f20-aijingu-xingze-fund-iv-lp-progress-notice: a Chinese range is no figure either
    assert stated_target("该基金目标募集资金规模不低于 15 亿元人民币且不超过 30 亿元人民币") is None
    # c4-unitedmoney-tiantu-usd-vc-fund: a cap stated as the target
    assert stated_target("该基金目标规模不超过1.5亿美元,全球食品巨头雀巢集团为基石投资者").amount == pytest.approx(
        1.5e8
    )


def test_operator_role_clauses() -> None:
    # f23-jiji, f23-minyu, f23-cri, f20-chunichi
    assert named_operator("ファンドの運営や管理は静岡銀傘下の静岡キャピタルが担う。") == "静岡キャピタル"
    text = "投資事業関連会社の恒信サービス(東京都)、フューチャーベンチャーキャピタル(京都府)の2社が主体となりファンドを運営する。"
    assert named_operator(text) == "恒信サービス"
    assert named_operator("並組建江城基金,由武漢金控集團履行投資管理主體責任。") == "武漢金控集團"
    assert named_operator("その可否を判断する審査委員会はFVCが担うほか") == "FVC"
    assert named_operator("ファンドは総額10億円で、栃銀と同社が全額出資する。") is None
    assert clause_fragment("事業者や") and clause_fragment("農業法人向け投資ファンドの")
    assert not clause_fragment("静岡キャピタル")
    assert (
        topic_firm(
            "「もりおか起業ファンド」\n盛岡信用金庫は盛岡市などと共同で20日、「もりおか起業ファンド」を設立する。"
        )
        == "盛岡信用金庫"
    )
    # SYNTHETIC: a city as the topic is no firm
    assert topic_firm("盛岡市は20日、起業ファンドを設立する。") is None


def test_home_town_is_no_part_of_the_name() -> None:
    assert without_home_town("DACE Ventures of Waltham") == "DACE Ventures"  # f23-boston
    assert without_home_town("Masthead Venture Partners of Cambridge") == "Masthead Venture Partners"
    assert without_home_town("Bank of America") == "Bank of America"
    assert without_home_town(None) is None
