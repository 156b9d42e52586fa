"""Rules from the first-sight miss catalog of unseen_hs10 ... unseen_hs20 (docs/tagging_holdout_catalog.md; issue 18,
branch tagcat): two classes that no session had fixed, each written as a pattern across employers and languages.

- A data scientist's duty to build predictive or statistical models is ML work (model_duties.py, via role_skills.py):
  unseen_hs18 Bosshard's "Data Scientist ... Internal Fraud Project" read none at first sight and until now.
- Tokens bought, sold, swapped or traded are the crypto asset (token_trading.py, via cryptoeconomics.py): unseen_hs19
  Dexcelerate's streamer who "comprar/vender tokens" read none at first sight and until now.

Each rule is tested on its batch item (real text, cited by id); strings written here to pin a rule's edge are
SYNTHETIC (marked so, with invented company names).
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.footprint import without_zh_team_places
from talentintel.tagging.model_duties import builds_models
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.token_trading import trading_sentences
from tests.tagging.batches import by_id

HS18 = by_id("unseen_hs18")
HS19 = by_id("unseen_hs19")


# --- a modeling duty of an ML role word -----------------------------------------------------------------------------


@pytest.mark.parametrize("company_blind", [False, True])
def test_fraud_data_scientist_building_predictive_models_is_ai(company_blind: bool) -> None:
    # "Design, develop, validate, implement and monitor predictive models" under a "Data Scientist" title
    item = HS18["hs18-pb-bosshard-fraud-data-scientist"]
    assert tag_item(item, company_blind=company_blind).sector_class == "ai"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC duty lines in the languages the rule names
        "- Design and validate predictive models for credit risk.",
        "You will build statistical models of customer churn.",
        "Desarrollar modelos predictivos para la detección de fraude.",
        "Construir modelos preditivos de crédito.",
        "Concevoir des modèles prédictifs de maintenance.",
        "Entwicklung prädiktiver Modelle für Sensordaten.",
        "负责构建用户流失预测模型。",
        "需要予測モデルの設計と運用を担当します。",
        "고객 이탈 예측 모델을 개발합니다.",
    ],
)
def test_model_duty_forms(text: str) -> None:
    assert builds_models(text)


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: analytics and forecasting are no model kind; a wish or a perk is no duty
        "Own predictive analytics dashboards for the sales team.",
        "Build revenue forecasting spreadsheets in Excel.",
        "Experience with predictive models is a plus.",
        "Nice to have:\n- Built predictive models before",
        "We build data models and ER diagrams.",
        "Design 3D models of furniture for the catalogue.",
        "You will develop new business models for the retail arm.",
        "Nice to have:\n- Trained deep learning models before",
    ],
)
def test_not_a_model_duty(text: str) -> None:
    assert not builds_models(text)


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC duty lines: a verb of making before "models", no model kind named (2026.12.102)
        "- Deliver robust models that tell real users from bots.",
        "You will develop and deploy scalable ML models in production.",
        "Building and implementing analytical models for the risk team.",
    ],
)
def test_making_models_is_a_model_duty(text: str) -> None:
    assert builds_models(text)


@pytest.mark.parametrize("company_blind", [False, True])
def test_gitcoin_data_scientist_delivering_models_is_ml_work(company_blind: bool) -> None:
    # real (unseen_hs5, jobsontheblock): Gitcoin Passport's "Data Scientist", to "deliver robust models" against Sybil
    # attackers, read crypto until 2026.12.102; labeled both (a Web3 employer, a data scientist who models)
    item = by_id("unseen_hs5")["hs5t-jobsontheblock-gitcoin-ds"]
    assert "ai" in tag_item(item, company_blind=company_blind).sector


def test_model_duty_needs_an_ml_role_word_in_the_title() -> None:
    # SYNTHETIC (Northwind Foods is invented): a finance analyst's model is a spreadsheet; the duty alone is no AI
    result = tag_posting(
        title="Senior Finance Analyst",
        description="Northwind Foods is a grocery chain.\n- Build predictive models of store demand.\n" * 3,
        company=None,
    )
    assert result.sector_class == "none"


def test_data_scientist_with_modeling_duty_is_ai() -> None:
    # SYNTHETIC (Northwind Foods is invented): the same duty under a data scientist's title
    result = tag_posting(
        title="Data Scientist",
        description="Northwind Foods is a grocery chain.\n- Build predictive models of store demand.\n- Report to the COO.",
        company=None,
    )
    assert result.sector_class == "ai"


# --- tokens traded ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("company_blind", [False, True])
def test_streamer_trading_tokens_is_crypto(company_blind: bool) -> None:
    # "Realizar transmisiones en vivo relacionadas con tokens ... Ocasionalmente comprar/vender tokens"
    item = HS19["hs19-mol-dexcelerate-streamer"]
    assert tag_item(item, company_blind=company_blind).sector_class == "crypto"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC sentences in the languages the rule names
        "You will buy and sell tokens on our platform.",
        "Support users who swap tokens across chains.",
        "Our desk runs token trading around the clock.",
        "Ocasionalmente comprar/vender tokens con saldo de la empresa.",
        "Atender clientes na compra e venda de tokens.",
        "Vous allez acheter et vendre des jetons.",
        "Du wirst Token kaufen und verkaufen.",
    ],
)
def test_tokens_traded_forms(text: str) -> None:
    assert trading_sentences(text)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: an access token, an LLM's tokens, tokens earned as pay (cryptoeconomics.py's business)
        "Rotate access tokens and refresh tokens every hour.",
        "Optimize inference to 200 tokens per second.",
        "Node operators earn tokens for serving inference.",
        "Nice to have:\n- You have traded tokens before",
    ],
)
def test_not_tokens_traded(text: str) -> None:
    assert trading_sentences(text)[0] == 0


def test_other_token_sentences_join_the_theme_once_tokens_are_traded() -> None:
    # SYNTHETIC: two sentences, one trading tokens, one naming them
    assert trading_sentences("Stream live about tokens. Buy and sell tokens with the company's balance.") == (1, 1)
    assert trading_sentences("Stream live about tokens. Talk to the chat.") == (0, 0)


# --- the team's places, in Chinese ----------------------------------------------------------------------------------


def test_chinese_team_places_are_no_work_place() -> None:
    # SYNTHETIC (金桥科技 is invented): the team's places inside the location label; the job is remote in Shenzhen
    result = tag_posting(
        title="后端工程师",
        description="## 地点\n- 工作地点：团队分布在美国和英国，本岗位base深圳\n- 是否远程：否",
        company="金桥科技",
    )
    assert "US" not in result.countries and "GB" not in result.countries


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        # SYNTHETIC
        ("团队分布在美国英国和国内，可以接受国内远程", "美国英国和国内"),
        ("我们的成员遍布全球。", "全球"),
        ("團隊成員分佈於台北與東京，歡迎加入", "台北與東京"),
    ],
)
def test_zh_team_blanks(text: str, blanked: str) -> None:
    out = without_zh_team_places(text)
    assert blanked not in out and len(out) == len(text)


def test_zh_place_without_a_team_stays() -> None:
    # SYNTHETIC: an office, not the team's whereabouts
    assert without_zh_team_places("办公地点分布在北京和上海") == "办公地点分布在北京和上海"
