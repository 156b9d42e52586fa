"""`parse_deals`: a funding text -> one `Deal` per deal it announces (the contract in `types.py`).

The text is cut into one part per deal (`segments`); each part is told apart as a round, a fund or other news
(`kind`, `fund_raise`; a fund part's deal is built in `deals_fund`), and its fields come from the English rules
(`extract`) or, for Chinese, Japanese and Korean text, from `cjk`. Bad input never raises: an empty, unreadable or
dealless text is one `other` deal.
"""

from __future__ import annotations

from datetime import date, datetime

from talentintel.funding import cjk, company_ranker, company_span, kind_model, lead_ranker
from talentintel.funding.cjk_allotment_filing import allotment_filing
from talentintel.funding.company_founder_startup import with_founded_startup
from talentintel.funding.company_url_slug import with_slug_company
from talentintel.funding.deal_sector import tag_deal
from talentintel.funding.deals_cjk import merge_cjk
from talentintel.funding.deals_fund import announces_fund, fund_deal
from talentintel.funding.deals_history import after_history
from talentintel.funding.deals_languages import language_deal
from talentintel.funding.deals_trend import trend_head
from talentintel.funding.digit_names import lettered, with_digit_names
from talentintel.funding.extract import Announcement, clean_text, date_in, extract_round, split_headline
from talentintel.funding.fund_closes import gathered_so_far
from talentintel.funding.fund_corpus import corpus_reason
from talentintel.funding.fund_lookalikes import target_only
from talentintel.funding.fund_plan_lede import planned_fund
from talentintel.funding.fund_plans import committed_so_far
from talentintel.funding.fund_public_launch import several_funds
from talentintel.funding.fx import to_usd
from talentintel.funding.headline_lift import lift_headline_round
from talentintel.funding.headline_line import without_furniture_lines, without_title_line
from talentintel.funding.investors import normalize_company
from talentintel.funding.kind import PUBLIC_REASONS, is_fund, opening, other_reason, reports_raise
from talentintel.funding.kind_market import states_market_figures
from talentintel.funding.kind_sections import without_section_lists
from talentintel.funding.link_lines import drop_link_lines
from talentintel.funding.lower_brands import capitalized, given_back
from talentintel.funding.money_unrated import with_restated_value
from talentintel.funding.page_year import page_url_year
from talentintel.funding.publisher_voice import own_raise_owner, with_publisher
from talentintel.funding.roundup_extra import with_listed
from talentintel.funding.roundup_head_round import with_head_round
from talentintel.funding.roundup_period_intl import with_period_rounds
from talentintel.funding.segment_ledes import is_period_total, market_lede, own_sum
from talentintel.funding.segments import split_deals
from talentintel.funding.segments import units as _units
from talentintel.funding.types import Deal
from talentintel.funding.vietnamese_clauses import clause_deals

# Announcements say what matters first; a megabyte of text is cut here so parsing stays linear and fast.
MAX_CHARS = 30_000


def _round_deal(part: str, published: date | None, announced: date | None) -> Deal | None:
    found = extract_round(part, published=published)
    cjk_text = cjk.has_cjk(part)
    deal = Deal(
        kind="round",
        company=found.company if cjk_text else company_ranker.choose(part, found.company),
        amount_usd=found.amount_usd,
        currency=found.currency,
        amount_original=found.amount_original,
        round=found.round,
        investors=found.investors,
        lead_investors=found.lead_investors,
        announced_on=announced,
    )
    if cjk_text:
        merge_cjk(deal, part, announced or published)
    deal.company = company_span.choose(part, deal.company)  # default (hybrid): filled or overridden by the scorer
    deal.lead_investors = lead_ranker.choose(part, deal.lead_investors, deal.investors)  # default: the rules'
    if deal.company is None and deal.amount_usd is None and deal.round is None:
        return None
    return with_restated_value(deal, part, announced or published)


def _part_deal(part: str, published: date | None, announced: date | None, head: bool) -> tuple[Deal | None, str]:
    # A third-party allotment's securities registration is a round (decision (b), cjk_allotment_filing).
    filing = allotment_filing(part, announced or published) if head else None
    if filing is not None:
        return filing, "round"
    language = language_deal(part, published, announced) if head else None  # deals_languages
    if language is not None:
        return language
    # A digest's section list ("Funding, Initial Public Offering, Mergers & Acquisitions") is no event (kind_sections).
    reason = other_reason(without_section_lists(part)) if head else None
    reason = corpus_reason(part, reason)  # "Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr" (fund_corpus)
    if reason in PUBLIC_REASONS and announces_fund(part) and not several_funds(part):
        # A state's or a city's fund launched or formed is a fund (decision (a), session 23): the text is read again
        # without the public-body triggers, so a plan, a GP selection or an LP commitment still makes it `other`.
        reason = other_reason(without_section_lists(part), skip=PUBLIC_REASONS)
    if reason and reason != "market total":
        return Deal(kind="other", announced_on=announced), reason
    # A market total's fund must be in its opening ("... raised $211 million in funds" two sentences on is a total).
    if announces_fund(opening(part) if reason == "market total" else part):
        if target_only(part) or planned_fund(part):
            # "El objetivo ... es captar" (fund_lookalikes); "announced his plans to set up a $100 million venture
            # capital fund", "조성키로 했다" (fund_plan_lede): a fund planned, not raised.
            return Deal(kind="other", announced_on=announced), "not closed"
        # "700 milionů korun (30 milionů euro)": a crown sum has no rate, its euro restatement has (money_unrated)
        return with_restated_value(fund_deal(part, published, announced), part, announced or published), "fund"
    if reason == "market total":
        return Deal(kind="other", announced_on=announced), reason
    deal = _round_deal(part, published, announced)
    # ... nor is a nameless part that states the period's sum of deals (segment_ledes): "African startups announced a
    # total of $138 million in September 2024" is the market's figure, not a round of nobody's.
    period = head and market_lede(units_of(part))
    if head and deal is None and period:
        return Deal(kind="other", announced_on=announced), "no company"
    if (
        head
        and deal is not None
        and deal.company is None
        and not deal.lead_investors
        and (not reports_raise(part) or period)
    ):
        # Nobody named raised: an explainer ("a Series A typically raises $5-20M") or a total, not a round.
        return Deal(kind="other", announced_on=announced), "no company"
    return deal, "round"


def units_of(part: str) -> list[str]:
    return [sentence for _, sentence in _units(part)]


def _same_company(a: Deal, b: Deal) -> bool:
    return bool(a.company and b.company and normalize_company(a.company) == normalize_company(b.company))


def _told_again(deal: Deal, deals: list[Deal]) -> bool:
    """The deal is one already read (same company); its leads go to that deal when it has none: "Situational
    Awareness fund co-led MatX's round alongside Jane Street" after "MatX pulled in $500 million"
    (b13-awesomeagents-chip-week)."""
    earlier = next((d for d in deals if _same_company(deal, d)), None)
    if earlier is not None and deal.lead_investors and not earlier.lead_investors and earlier.kind == deal.kind:
        earlier.lead_investors = list(deal.lead_investors)
        earlier.investors += [n for n in deal.investors if n not in earlier.investors]
    return earlier is not None


def parse_deals(text: str, *, published: date | None = None, source: str | None = None) -> list[Deal]:
    """Every deal the text announces, headline deal first. Never raises on bad text: an empty text is one `other`.
    `source` is the item's url or publisher ("github:owner/repo"): it says who a first-person post's "we" is, and an
    undated page's /YYYY/ segment is the exchange-rate year of amounts the text does not date (page_year)."""
    with page_url_year(source if published is None else None):  # a dated page keeps its date's year
        return _parse_deals(text, published=published, source=source)


def _parse_deals(text: str, *, published: date | None, source: str | None) -> list[Deal]:
    if not isinstance(text, str):
        raise TypeError("text: expected a string")
    if isinstance(published, datetime):
        published = published.date()
    text, brands = capitalized(drop_link_lines(clean_text(text[: MAX_CHARS * 4]))[:MAX_CHARS])
    text = lettered(text)  # "3Commas", "0G Labs": digit-led names (digit_names)
    text = without_title_line(without_furniture_lines(text))  # a stamp, a byline, a section title (headline_line)
    _header, body = split_headline(text)
    announced = date_in(body) or published
    deals: list[Deal] = []
    head_reason = ""
    parts = split_deals(text) if text else []
    if parts and is_fund(parts[0]):
        parts = lift_headline_round(parts[0]) + parts[1:]
    for number, part in enumerate(parts):
        deal, reason = _part_deal(part, published, announced, head=number == 0)
        if number == 0 and deal and deal.kind == "round":
            deal, reason = _total_or_own(deal, reason, part, announced or published, alone=len(parts) == 1)
        if number == 0:
            head_reason = reason
        if deal is None or (number > 0 and deal.kind == "other"):
            continue
        if _told_again(deal, deals):
            continue  # the same company again: a later sentence about the deal already read
        tag_deal(deal, part)
        deals.append(deal)
    # A market total that names rounds: the rounds are the deals ("Indian startups raised $478M; Eruditus ...").
    # So is an overview's nameless opening ("Four AI robotics startups closed rounds totaling $1.2 billion").
    nameless = head_reason == "no company" and deals[:1] and deals[0].kind == "other"
    # ... unless its own part states the period's sum: "In total, 58 funding rounds were announced, totalling $2.6b"
    # then "Fold Raises A $13m Series A" (fintechradar-fold-a) keeps the total's `other` first (segment_ledes).
    own_total = head_reason == "market total" and len(parts) > 1 and market_lede(units_of(parts[0]))
    if (
        (head_reason == "market total" or nameless)
        and len(deals) > 1
        and not (states_market_figures(text) or own_total)
    ):
        deals = deals[1:]
        # ... and the total's own part may tell the first of them: "Crypto VC Funding Surges: The Open Network Raises
        # $30M, Drift Protocol Secures $25M" then "The Open Network (TON) ... has successfully raised $30 million".
        first = _round_deal(parts[0], published, announced)
        if first and first.company and first.amount_usd and not any(_same_company(first, d) for d in deals):
            tag_deal(first, parts[0])
            deals.insert(0, first)
    elif head_reason == "market total" and len(parts) == 1 and len(deals) == 1 and deals[0].kind == "other":
        # A digest's one part may state the week's total and then tell a round: "In total, 58 funding rounds were
        # announced, totalling $2.6b. Fold Raises A $13m Series A" (fintechradar-fold-a); a named stage or lead
        # says the round is one company's, not the total read again.
        first = _round_deal(parts[0], published, announced)
        if first and first.company and first.amount_usd and (first.round or first.lead_investors):
            tag_deal(first, parts[0])
            deals.append(first)
    so_far = committed_so_far(opening(text, 4)) or gathered_so_far(opening(text, 4))
    if head_reason == "not closed" and deals and so_far and is_fund(text):
        # "is raising a $250 million fund" then, a part later, "has garnered $160 million for the fund": a fund
        # closed so far, not one only sought (fund_plans); the head part alone stops before the money committed.
        deals[0] = fund_deal(" ".join(parts[:2]), published, announced)
    deals = with_head_round(deals, parts, head_reason, lambda p: _round_deal(p, published, announced))
    deals = after_history(deals, head_reason)  # "When Paystack raised ... in 2016, it was ..." then a new round
    deals = with_listed(text, deals, head_reason, published or announced)
    deals = with_period_rounds(text, deals, published or announced, announced)  # roundup_period_intl
    if not deals or (len(deals) == 1 and deals[0].kind == "other"):
        # A Vietnamese report's deals, one clause each: "Tether đã đầu tư 200 triệu USD vào ... Whop" (fund43).
        listed = clause_deals(text, announced)
        for deal in listed:
            tag_deal(deal, text)
        deals = listed or deals
    if not deals:
        deals = [Deal(kind="other", announced_on=announced)]
    deals = _learned_kind(text, parts, deals, published, announced)
    deals = trend_head(deals, text)  # "包括…在內的多家國內大模型企業都找到了下一筆融資" (deals_trend)
    if head_reason == "no company" and deals[0].kind == "other" and parts:
        deals[0] = _owned_round(parts[0], own_raise_owner(text, source), published, announced) or deals[0]
    deals[0] = with_publisher(deals[0], text, source)  # publisher_voice
    deals[0] = with_slug_company(deals[0], text, source)  # "/ftx-us-raises-400m-..." (company_url_slug)
    deals = with_founded_startup(deals, text)  # "Mira Murati raised ..." then "X, the startup founded by ... Murati"
    for number, deal in enumerate(deals, start=1):
        deal.deal = number
    return with_digit_names(given_back(deals, brands))


def _total_or_own(deal: Deal, reason: str, part: str, day: date | None, *, alone: bool) -> tuple[Deal, str]:
    """A head part's round whose sum is the period's total is the market's figure (segment_ledes) unless a sentence of
    the part opens on its company with a sum of its own ("MatX pulled in $500 million"): then that sum is the round's.
    A text of one part (`alone`) only takes the own sum: "las empresas ... levantaron 80.100 millones" then "Thinking
    Machines Lab acaba de cerrar una ronda semilla de 2.000 millones" (hs19-elplural, fund82); with no own sum its
    round stays as read."""
    if not is_period_total(units_of(part), deal.amount_usd):
        return deal, reason
    own = own_sum(units_of(part), deal.company)
    usd = to_usd(own.amount, own.currency, day.year if day else None) if own else None
    if (own is None or usd is None) and alone:
        return deal, reason
    if own is None or usd is None:
        return Deal(kind="other", announced_on=deal.announced_on), "market total"
    deal.amount_usd, deal.currency, deal.amount_original = round(usd, 2), own.currency, own.original
    return deal, reason


def _owned_round(part: str, owner: str | None, published: date | None, announced: date | None) -> Deal | None:
    """A first-person raise that names nobody ("We raised $1M") is the publisher's owner's round (publisher_voice)."""
    deal = _round_deal(part, published, announced) if owner else None
    if deal is None or not (deal.amount_usd or deal.round):
        return None
    deal.company = owner
    tag_deal(deal, part)
    return deal


def _learned_kind(
    text: str, parts: list[str], deals: list[Deal], published: date | None, announced: date | None
) -> list[Deal]:
    """Deal 1 rebuilt from the first part as the kind the learned model gives, when it differs from the rules'
    (setting `funding_kind_model`; `rules` changes nothing). Later deals keep the rules' kind."""
    kind = kind_model.choose(text, deals)
    if kind == deals[0].kind or not parts:
        return deals
    head: Deal | None = Deal(kind="other", announced_on=announced)
    if kind == "fund":
        head = fund_deal(parts[0], published, announced)
    elif kind == "round":
        head = _round_deal(parts[0], published, announced)
    if head is None:
        return deals  # the first part names no company, amount or stage: nothing to call a round
    # "VC firms only raised about $43B, according to PitchBook ... Menlo Ventures ... has raised $1.35B for funds": a
    # market total's opening names no manager; the fund it frames is the later one the rules read (hs15-globest-menlo).
    named = next((d for d in deals[1:] if d.kind == "fund" and d.company), None)
    if kind == "fund" and head.company is None and named is not None:
        return [named, *(d for d in deals[1:] if d is not named)]
    tag_deal(head, parts[0])
    return [head, *(d for d in deals[1:] if not _same_company(head, d))]


def parse_announcement(text: str, *, published: date | None = None, source: str | None = None) -> Announcement:
    """The headline deal in the older single-result shape, for existing callers (the feed scraper, services)."""
    head = parse_deals(text, published=published, source=source)[0]
    return Announcement(
        company=head.company if head.kind == "round" else None,
        amount_usd=head.amount_usd if head.kind == "round" else None,
        currency=head.currency if head.kind == "round" else None,
        amount_original=head.amount_original if head.kind == "round" else None,
        round=head.round,
        investors=head.investors,
        lead_investors=head.lead_investors,
        announced_on=head.announced_on,
        fund_raise=head.kind == "fund",
    )
