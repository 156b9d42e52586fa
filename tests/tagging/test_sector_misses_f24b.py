"""Sector rules from the tuning files' misses at employers no list names (issue 18, branch tag_f24b): the sector said
in the posting's own words, each class seen on two or more publishers.

Each rule is tested on the real row it fixed (cited by id) and on rows of other publishers it must keep; strings
written here to pin a rule's edge are SYNTHETIC (marked so).
"""

from __future__ import annotations

import pytest

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

HS22 = by_id("unseen_hs22")
UNSEEN5 = by_id("unseen5")

# --- "the decentralized web / internet": web3's own name spelled out --------------------------------------------------


def test_decentralized_internet_is_crypto() -> None:
    # "Blockstack is building a new decentralized internet where users control their data" (an office assistant's ad;
    # before: "blockchains" once plus weak "decentralized" read none)
    assert tag_item(HS22["hs22-st-blockstack-operational-assistant"]).sector_class == "crypto"
    assert tag_item(HS22["hs22-st-blockstack-operational-assistant"], company_blind=True).sector_class == "crypto"


def test_decentralized_web_carries() -> None:
    # another publisher's words: "Status is the gateway to the decentralized web" stays crypto, now with a core term
    result = tag_item(UNSEEN5["un5-status-protocol-engineer"])
    assert result.sector_class == "crypto"
    assert any(e["term"] == "decentralized web" and e["weight"] >= 3.0 for e in result.evidence["crypto"])


@pytest.mark.parametrize("text", ["Our team is decentralized across three continents and works remotely."])
def test_bare_decentralized_stays_weak(text: str) -> None:
    # SYNTHETIC: "decentralized" alone is a team spread out, not a ledger
    assert tag_posting(title="Software Engineer", description=text).sector_class == "none"


# --- an ML role word in the title and "modeling" said: the labeling rule's own words ---------------------------------

UNSEEN47 = by_id("unseen47")


@pytest.mark.parametrize(
    ("batch", "key"),
    [
        (UNSEEN47, "un47-id-adira-risk-modelling"),  # title "Risk Modelling Data Scientist" (JobStreet Indonesia row)
        (HS22, "hs22-nk-fiserv-fraud-ds"),  # skills cell "['Predictive', 'ModelingStatistical', ...]" (naukri scrape)
    ],
)
def test_role_word_and_modeling_is_ai(batch: dict[str, dict[str, object]], key: str) -> None:
    assert tag_item(batch[key]).sector_class == "ai", key


def test_data_modeling_is_no_ml() -> None:
    # SYNTHETIC: a data scientist who designs schemas ("data modeling") has not said ML modeling
    result = tag_posting(title="Data Scientist", description="Own our warehouse's data modeling and dashboards.")
    assert result.sector_class == "none"
