"""Rules added for issue 13 from tuning_batch33 (branch fund55: 13 real first-person posts from founders' and funds'
blogs, scored once before any rule: company 0.667, lead F1 0.667, mean 0.849 on 12 rounds). Each rule is checked on
the real text that showed the miss (PROVENANCE.md cites each post) and on inputs marked SYNTHETIC, made up to pin the
class of language, not a name.
"""

from __future__ import annotations

from talentintel.funding.deals import parse_deals
from tests.funding.tuning_texts import tuning_deals


def test_founders_post_announcing_the_money_names_its_company() -> None:
    # real: "Announcing our series A funding / A month ago we announced that Vespa is finally its own company. Today
    # we're announcing a $31 million investment from Blossom Capital." (b33-vespa-31m-series-a-blossom)
    head = tuning_deals("b33-vespa-31m-series-a-blossom")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Vespa", 31_000_000.0, ["Blossom Capital"])
    # SYNTHETIC: a title opening on a gerund is no name; the sum sits in the body's own announcement
    text = (
        "Introducing our next chapter\n\nLast spring Quillbyte became an independent company. Today we are announcing "
        "a $12 million investment from Gamma Partners to grow the team."
    )
    assert parse_deals(text)[0].company == "Quillbyte"


def test_lead_investor_appositive_names_the_lead() -> None:
    # real: "... investors who have backed our approach since the start - Y Combinator, Mozilla, and our lead investor,
    # Coatue." (b33-supabase-30m-series-a-coatue)
    head = tuning_deals("b33-supabase-30m-series-a-coatue")[0]
    assert (head.company, head.amount_usd, head.lead_investors) == ("Supabase", 30_000_000.0, ["Coatue"])
    # SYNTHETIC: the appositive after a list, and one followed by its own clause
    text = (
        "Quillbyte has raised $9 million. Backers include Alpha Fund, Beta Labs and the lead investor, Gamma Partners."
    )
    assert parse_deals(text)[0].lead_investors == ["Gamma Partners"]
    text = "Quillbyte has raised $9 million. Its lead investor, Gamma Partners, will join the board."
    assert parse_deals(text)[0].lead_investors == ["Gamma Partners"]
