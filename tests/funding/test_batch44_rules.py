"""Rules added for issue 13 from tuning_batch44's misses and the tuning study (branch batch44; the batch scored mean
0.677 before them).

Each real sentence is quoted from its row (id and url); variants marked SYNTHETIC are written here to probe the same
construction in other words and are in no dev, tuning or holdout file. The kind model is pinned to `rules` (conftest).
"""

from talentintel.funding import parse_deals
from talentintel.funding.cjk_company import acceptable
from talentintel.funding.cjk_lead_subject import JA_SUBJECT_INVESTS, ZH_LATIN_INVESTS
from talentintel.funding.company_sector_tail import trim_sector_tail
from talentintel.funding.lead_noise import clean_leads
from talentintel.funding.lead_sole import sole_investor


def test_a_romance_backing_participle_names_a_backer_not_the_raiser() -> None:
    # b44-lowcostfly-wombo-round13-cad-es (its headline), https://lowcost-fly.shop/ronda-13-wombo-respaldado-por-nvidia-...
    head = "Ronda 13: Wombo, respaldado por Nvidia, anuncia 12,2 millones de dólares canadienses para lanzar más apps"
    assert parse_deals(head)[0].company != "Nvidia"
    # SYNTHETIC: French and Portuguese backing participles.
    assert (
        parse_deals("Kelvaro, soutenue par Orbital, annonce une levée de 5 millions d'euros.")[0].company != "Orbital"
    )
    assert parse_deals("Kelvaro, apoiada pela Orbital, anuncia rodada de US$ 5 milhões.")[0].company != "Orbital"


def test_a_cjk_name_follows_a_lead_in_colon_and_no_copula_or_year_is_a_name() -> None:
    # b44-68bbq-kiteai-paypal-18m-zh, https://m.68bbq.com/news/detail/120330
    assert acceptable("如此振奋人心的消息:KiteAI") == "KiteAI"
    # hs12-deraru-blog-foretop-seed-ja ("Foretop, Inc. ですが"), hs11-fbc-napopravku-donut-lab-ja ("15年には")
    assert acceptable("です") is None
    assert acceptable("15年に") is None


def test_one_cjk_investor_as_subject_or_source_leads() -> None:
    # b44-worldconect-nvidia-openai-100bn-ja, https://world-conect.com/world-news/20250930-8
    ja = "米国の半導体大手エヌビディア(本社:カリフォルニア州サンタクララ)は9月22日、オープンAIに最大1,000億ドルを段階的に出資し、"
    m = JA_SUBJECT_INVESTS.search(ja)
    assert m and m.group(1) == "エヌビディア"
    # b32-aastocks-terawulf-google-1-4bn-zh-hk (a Latin investor right after Chinese text)
    m = ZH_LATIN_INVESTS.search("股價周一大漲逾13%,主要是由於Google加碼投資最高14億美元,將持股比例由8%提高至14%")
    assert m and m.group(1) == "Google"


def test_a_possessive_bet_and_a_commitment_name_the_one_investor() -> None:
    # b20-vietreader-scommerce
    text = "Today we look at: Temasek’s US$100 million bet on Vietnam-based logistics provider Scommerce."
    assert sole_investor(text, "Scommerce", ["Temasek"]) == ["Temasek"]
    # b30-techparley-babban-gona-7-5m-bii-debt
    text = (
        "British International Investment (BII), the UK’s development finance institution, has committed $7.5 million "
        "(₦11.4 billion) in debt funding to Nigerian agri-tech firm Babban Gona."
    )
    assert sole_investor(text, "Babban Gona", ["British International Investment"]) == [
        "British International Investment"
    ]
    # SYNTHETIC: an expanded investment.
    text = "Orbital Ventures has expanded its investment in the robotics firm Kelvaro."
    assert sole_investor(text, "Kelvaro", ["Orbital Ventures"]) == ["Orbital Ventures"]


def test_a_headline_preposition_ends_a_lead_and_a_sector_acronym_before_a_noun_ends_a_company() -> None:
    # b44-bisnow-applied-digital-macquarie-5bn
    assert clean_leads(["Macquarie For North American Data Center Investments"]) == ["Macquarie"]
    # b44-getcoai-macquarie-applied-digital-5bn
    text = "Macquarie to invest $5B in Applied Digital AI data centers"
    start = text.index("Applied")
    assert text[start : trim_sector_tail(text, start, len("Macquarie to invest $5B in Applied Digital AI"))] == (
        "Applied Digital"
    )
    # SYNTHETIC: a name's own AI before a verb stays.
    text = "Kelvaro AI raises $5 million"
    assert trim_sector_tail(text, 0, len("Kelvaro AI")) == len("Kelvaro AI")
