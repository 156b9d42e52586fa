"""Rules from unseen36 (tests/fixtures/tagging/unseen36.jsonl: a tuning batch of crypto x AI look-alikes at unlisted
employers, scored once before these rules; issue 18, branch tag49): a buyer list weakens only the words from the
buyers on, not the employer's own words before them (intersection.buyer_clause_start, sector.py); a wallet the posting
calls a stored-value or balance account is a payment wallet (tagging/stored_value.py).

Strings written here to pin a rule are SYNTHETIC (marked so, with invented company names); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.intersection import buyer_clause_start, client_list
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN36 = by_id("unseen36")


def _sector(title: str, description: str) -> list[str]:
    return tag_posting(title=title, description=description, company=None, locations=[]).sector


# --- the employer's words before a buyer list ----------------------------------------------------------------------

# the real sentence (un36-dataproplus-datacenter-construction-pm, a recruiter's page)
DATA_CENTERS = (
    "I'm working with a rapidly growing global AI infrastructure company that designs and builds world-class GPU data "
    "centers powering cutting-edge AI research and innovation for leading tech enterprises, governments, and AI labs."
)


def test_gpu_data_center_builder_is_read_as_an_ai_employer() -> None:
    item = UN36["un36-dataproplus-datacenter-construction-pm"]
    assert tag_item(item).sector == ["ai"]
    assert tag_item(item, company_blind=True).sector == ["ai"]


def test_the_buyer_clause_starts_at_its_preposition() -> None:
    low = DATA_CENTERS.lower()
    start = buyer_clause_start(low)
    assert start is not None and low[start:].startswith("for leading tech enterprises")
    assert client_list(low)  # the sentence is still a buyer list: "ai labs" after it stays a mention


def test_sector_named_only_among_the_buyers_stays_a_mention() -> None:
    # SYNTHETIC: the sector word is one of the buyers, nothing before them names the employer's sector
    assert _sector("Project Manager", "We detect fraud for banks, insurers and crypto exchanges.") == []
    assert _sector("Project Manager", "Our customers include banks, insurers and AI labs.") == []


def test_a_candidates_background_stays_a_mention_as_a_whole() -> None:
    # SYNTHETIC: a background sentence has no employer head (buyer_clause_start 0)
    sentence = "engineers who worked at crypto startups are welcome."
    assert buyer_clause_start(sentence) == 0
    assert _sector("Project Manager", "Engineers who worked at crypto startups are welcome.") == []


def test_no_buyer_list_no_clause() -> None:
    assert buyer_clause_start("we build gpu data centers for ai training.") is None


# --- a wallet the posting calls a stored-value account -----------------------------------------------------------------


def test_fintech_stored_value_wallet_is_no_crypto() -> None:
    item = UN36["un36-snaplii-financial-pm-wallet"]
    assert tag_item(item).sector == []
    assert tag_item(item, company_blind=True).sector == []


def test_crypto_wallet_posting_keeps_crypto() -> None:
    # SYNTHETIC (Fernhold Labs, invented): a wallet with coins and keys, no stored-value words
    text = (
        "Fernhold Labs builds a self-custody wallet for bitcoin and stablecoins. You will design key management, "
        "transaction signing and on-chain recovery flows for millions of users."
    )
    assert _sector("Wallet Engineer", text) == ["crypto"]


def test_e_wallet_with_a_crypto_theme_keeps_crypto() -> None:
    # SYNTHETIC (Quillpay, invented): the e-wallet word, but the crypto evidence is a theme, not one passing mention
    text = (
        "Quillpay runs an e-wallet for stablecoins. Users hold USDC and bitcoin on-chain, swap on a DEX and stake "
        "tokens. You will own the crypto trading and staking flows."
    )
    assert "crypto" in _sector("Product Manager, Wallet", text)


def test_stored_value_wallet_with_a_crypto_word_in_the_title_keeps_crypto() -> None:
    # SYNTHETIC (Brasswick, invented): a crypto word in the title is the business, whatever the wallet is called
    text = "You will run our wallet/balance products and stored value accounts across Canada."
    assert _sector("Product Manager, Crypto Wallet", text) == ["crypto"]


def test_stored_value_wallet_alone_is_none() -> None:
    # SYNTHETIC (Lindenpay, invented): an e-money wallet with no crypto word at all
    text = "Lindenpay's stored-value wallet lets families top up, hold and spend balances. You will own wallet/balance products."
    assert _sector("Product Manager (Wallet)", text) == []
