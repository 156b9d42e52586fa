"""Title words in a sense that is not the job's sector, checked after the title and text are scored: one call for
sector.py, each check its own module with its measurement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from talentintel.tagging.ai_use_titles import withdraw_ai_division_title, withdraw_ai_use_title
from talentintel.tagging.title_products import withdraw_listed_wallet

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore


def withdraw_title_senses(result: SectorScore, title: str) -> None:
    withdraw_ai_use_title(result, title)  # "企画推進担当（AI活用推進）": uses AI
    withdraw_ai_division_title(result, title)  # "クリプトエンジニア（開発・AI本部）": the division's name
    withdraw_listed_wallet(result, title)  # "…・Yahoo!知恵袋・LINEウォレット": a payment app among others
